using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace MmdPortal.UnitTests.Data;

/// <summary>SQL Server's own T-SQL parser (SQL Server 2022 grammar), for SQL that no server here can run.</summary>
public static class TSql
{
    /// <summary>Fails with the parser's errors when <paramref name="sql"/> is not valid T-SQL. QUOTED_IDENTIFIER is
    /// on, as on every EF connection and in sqlcmd.</summary>
    public static void AssertParses(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"line {e.Line}: {e.Message}")));
    }
}
