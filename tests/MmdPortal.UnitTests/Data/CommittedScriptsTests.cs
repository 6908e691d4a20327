using MmdPortal.Web.Data;

namespace MmdPortal.UnitTests.Data;

/// <summary>The scripts in docs/sql are what <c>migrate --script</c> writes from the current migrations, so a DBA
/// never runs a stale copy.</summary>
public sealed class CommittedScriptsTests
{
    [Theory]
    [InlineData(OfflineContexts.Sqlite, "sqlite.sql")]
    [InlineData(OfflineContexts.SqlServer, "sqlserver.sql")]
    [InlineData(OfflineContexts.PostgreSql, "postgresql.sql")]
    public void CommittedScript_IsTheScriptOfTheCurrentMigrations(string provider, string file)
    {
        using var db = OfflineContexts.Create(provider);
        var path = RepositoryFiles.PathOf("docs", "sql", file);

        var committed = File.ReadAllText(path).ReplaceLineEndings("\n");
        var generated = MigrationScripts.Generate(db).ReplaceLineEndings("\n");

        Assert.True(committed == generated,
            $"docs/sql/{file} is out of date: regenerate it with Database__Provider={provider} dotnet run --project src/MmdPortal.Web -- " +
            $"migrate --script --output \"$PWD/docs/sql/{file}\" (see docs/database.md).");
    }
}
