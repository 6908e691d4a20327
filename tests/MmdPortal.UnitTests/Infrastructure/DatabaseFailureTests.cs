using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MmdPortal.Web.Infrastructure;
using Npgsql;

namespace MmdPortal.UnitTests.Infrastructure;

/// <summary>Which failures are the database's (503: the same request can succeed later) and which are the portal's
/// (500), and what the user is told; EF Core wraps the provider's exception, so the wrapped one counts too.</summary>
public sealed class DatabaseFailureTests
{
    public static TheoryData<string, string> DatabaseFailures() => new()
    {
        { "sqlite 13", "no space left" },
        { "sqlite 8", "read-only" },
        { "sqlite 14", "cannot be reached" },
        { "sqlite 5", "busy with other work" },
        { "postgres 53100", "no space left" },
        { "postgres 25006", "read-only" },
        { "postgres 57P01", "cannot be reached" },
        { "postgres 08006", "cannot be reached" },
        { "postgres 53300", "busy with other work" },
        { "npgsql timeout", "cannot be reached" },
    };

    [Theory]
    [MemberData(nameof(DatabaseFailures))]
    public void TryDescribe_WrappedByEfCore_IsADatabaseFailureWithWhatHappened(string failure, string told)
    {
        var wrapped = new DbUpdateException("An error occurred while saving the entity changes.", Make(failure));

        Assert.True(DatabaseFailure.TryDescribe(wrapped, out var detail));
        Assert.Contains(told, detail, StringComparison.Ordinal);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, ErrorHandling.StatusCodeOf(wrapped));
    }

    [Theory]
    [InlineData("sqlite 19")] // a constraint: the portal's own mistake
    [InlineData("postgres 23505")]
    [InlineData("postgres 42P01")]
    [InlineData("bug")]
    public void TryDescribe_NotTheDatabasesFault_IsA500(string failure)
    {
        Assert.False(DatabaseFailure.TryDescribe(new DbUpdateException("saving failed", Make(failure)), out _));
        Assert.Equal(StatusCodes.Status500InternalServerError, ErrorHandling.StatusCodeOf(Make(failure)));
    }

    private static Exception Make(string failure) => failure.Split(' ') switch
    {
        ["sqlite", var code] => new SqliteException("SQLite Error", int.Parse(code, System.Globalization.CultureInfo.InvariantCulture)),
        ["postgres", var state] => new PostgresException("failed", "ERROR", "ERROR", state),
        ["npgsql", "timeout"] => new NpgsqlException("Exception while reading from stream", new TimeoutException()),
        _ => new InvalidOperationException("a bug"),
    };
}
