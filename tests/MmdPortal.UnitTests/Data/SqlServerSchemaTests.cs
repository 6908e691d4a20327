using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MmdPortal.UnitTests.Data;

/// <summary>What SQL Server would refuse when the migrations run, found without a server: the migrations script
/// must build every table, index and foreign key of the model, and the model must keep to SQL Server's limits on
/// index keys and cascade paths.</summary>
public sealed class SqlServerSchemaTests
{
    private static readonly IRelationalModel Model = SqlServerModel();

    [Fact]
    public void IdempotentScript_CreatesEveryTableIndexAndForeignKeyOfTheModel()
    {
        var script = IdempotentScript();

        var missing = new List<string>();
        foreach (var table in Model.Tables)
        {
            if (!script.Contains($"CREATE TABLE [{table.Name}]", StringComparison.Ordinal)) missing.Add($"table {table.Name}");
            foreach (var index in table.Indexes)
            {
                var create = new Regex($@"CREATE {(index.IsUnique ? "UNIQUE " : "")}INDEX \[{index.Name}\] ON \[{table.Name}\] \(([^)]*)\)([^;\n]*)");
                // The last CREATE of the name: a later migration may have dropped and recreated the index.
                var match = create.Matches(script).LastOrDefault();
                var columns = string.Join(", ", index.Columns.Select(c => $"[{c.Name}]"));
                if (match is null || match.Groups[1].Value != columns) missing.Add($"index {index.Name} on ({columns})");
                else if (index.Filter is { } filter && !match.Groups[2].Value.Contains($"WHERE {filter.Replace("'", "''", StringComparison.Ordinal)}", StringComparison.Ordinal)
                    && !match.Groups[2].Value.Contains($"WHERE {filter}", StringComparison.Ordinal))
                    missing.Add($"filter of {index.Name}: {filter}");
            }

            foreach (var foreignKey in table.ForeignKeyConstraints)
                if (!script.Contains($"CONSTRAINT [{foreignKey.Name}] FOREIGN KEY", StringComparison.Ordinal))
                    missing.Add($"foreign key {foreignKey.Name}");
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void IdempotentScript_IsValidTSql() => TSql.AssertParses(IdempotentScript());

    [Fact]
    public void UploadLock_IsValidTSql() => TSql.AssertParses(MmdPortal.Web.Registrations.UploadLock.SqlServerLock);

    [Fact]
    public void IdempotentScript_CreatesTheLiveHardwareIndexesWithTheirFilters()
    {
        var script = IdempotentScript();

        Assert.Contains("CREATE UNIQUE INDEX [IX_Devices_HashKey_Live] ON [Devices] ([HashKey]) WHERE \"Error\" IS NULL AND \"DeregisteredAt\" IS NULL AND \"HashKey\" IS NOT NULL", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_Devices_SerialKey_Live] ON [Devices] ([SerialKey]) WHERE \"Error\" IS NULL AND \"DeregisteredAt\" IS NULL AND \"SerialKey\" IS NOT NULL", script);
    }

    [Fact]
    public void Indexes_HaveNoMaxColumnsAndKeysWithinSqlServersLimits()
    {
        var problems = new List<string>();
        foreach (var table in Model.Tables)
        {
            var keys = table.Indexes.Select(i => (i.Name, Columns: i.Columns, Limit: 1700))
                .Concat(table.UniqueConstraints.Select(u => (u.Name, Columns: u.Columns, Limit: u.GetIsPrimaryKey() ? 900 : 1700)));
            foreach (var (name, columns, limit) in keys)
            {
                var sizes = columns.Select(c => (c.Name, c.StoreType, Bytes: SqlServerKeyBytes.Of(c.StoreType))).ToList();
                foreach (var column in sizes.Where(s => s.Bytes is null))
                    problems.Add($"{table.Name}.{name}: {column.Name} is {column.StoreType}, which cannot be an index key");
                var total = sizes.Sum(s => s.Bytes ?? 0);
                if (total > limit) problems.Add($"{table.Name}.{name}: key of {total} bytes exceeds {limit}");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void CascadingForeignKeys_ReachNoTableTwiceAndFormNoCycle()
    {
        // SQL Server refuses a foreign key whose ON DELETE action (CASCADE or SET NULL) would give a table two
        // paths from another table, or a cycle (error 1785). Restrict and NO ACTION are not paths.
        var edges = Model.Tables.SelectMany(t => t.ForeignKeyConstraints)
            .Where(f => f.OnDeleteAction is ReferentialAction.Cascade or ReferentialAction.SetNull or ReferentialAction.SetDefault)
            .ToLookup(f => f.PrincipalTable.Name, f => f.Table.Name);

        Assert.Empty(CascadePaths.Problems(Model.Tables.Select(t => t.Name), edges));
    }

    private static string IdempotentScript()
    {
        using var db = OfflineContexts.Create(OfflineContexts.SqlServer);
        return db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
    }

    private static IRelationalModel SqlServerModel()
    {
        using var db = OfflineContexts.Create(OfflineContexts.SqlServer);
        return db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
    }
}
