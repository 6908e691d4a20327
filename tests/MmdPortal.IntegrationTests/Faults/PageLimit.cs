using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MmdPortal.IntegrationTests.Faults;

/// <summary>A full disk without filling one: every connection the portal opens gets <c>PRAGMA max_page_count</c>,
/// beyond which SQLite fails a write with SQLITE_FULL, as it does when the file system has no space left. (CI runs
/// as root, whom neither a full quota nor file permissions stop.)</summary>
public sealed class PageLimit : DbConnectionInterceptor
{
    // SQLite's own default limit: setting it back lifts the limit on connections that return from the pool.
    private const long Unlimited = 1_073_741_823;
    private long _maxPages = Unlimited;

    /// <summary>The most pages the database file may hold; null for SQLite's default.</summary>
    public long? MaxPages
    {
        get => Interlocked.Read(ref _maxPages) is var max && max == Unlimited ? null : max;
        set => Interlocked.Exchange(ref _maxPages, value ?? Unlimited);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Command(connection);
        command.ExecuteScalar();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = Command(connection);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    private DbCommand Command(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA max_page_count = {Interlocked.Read(ref _maxPages)}");
        return command;
    }
}
