using System.Data.Common;
using System.Globalization;
using System.Text;
using MmdPortal.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MmdPortal.Web.Registrations;

/// <summary><c>INSERT INTO t (…) VALUES (…), (…), … [RETURNING …]</c>: many rows per statement, in the context's
/// connection and transaction. Commands are kept and re-run with new values, so a statement is parsed and its
/// parameters are created once per upload, not once per batch.</summary>
internal sealed class MultiRowInsert<T>(PortalDbContext db, InsertTable<T> table, string? returning, int maxRowsPerStatement)
    : IAsyncDisposable
    where T : class
{
    // Far below SQLite's limit (32,766) on purpose: Microsoft.Data.Sqlite binds every parameter by name at every
    // execution (sqlite3_bind_parameter_index, a linear search of the statement's names), so binding a statement
    // costs the square of its parameters. 500 devices per statement (11,500 parameters) made the raw insert no
    // faster than EF's single-row INSERTs; ~250 parameters keep the search short and still share a statement's
    // own cost among several rows.
    internal const int ParametersPerStatement = 250;

    private readonly Dictionary<int, DbCommand> _commands = [];

    /// <summary>Rows per statement: as many as fit <see cref="ParametersPerStatement"/>, at most the configured number.</summary>
    public int RowsPerStatement { get; } = Math.Max(1, Math.Min(maxRowsPerStatement, ParametersPerStatement / table.Columns.Count));

    public async Task InsertAsync(IReadOnlyList<T> items, Action<DbDataReader>? read, CancellationToken cancellationToken)
    {
        for (var start = 0; start < items.Count; start += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, items.Count - start);
            var command = Command(count);
            var parameters = command.Parameters;
            var p = 0;
            for (var i = start; i < start + count; i++)
            {
                var item = items[i];
                foreach (var column in table.Columns) parameters[p++].Value = column.ProviderValue(item) ?? DBNull.Value;
            }

            if (read is null)
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
                continue;
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) read(reader);
        }
    }

    private DbCommand Command(int rows)
    {
        if (_commands.TryGetValue(rows, out var command))
        {
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            return command;
        }

        command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (db.Database.GetCommandTimeout() is { } timeout) command.CommandTimeout = timeout;
        var sql = new StringBuilder(64 + (rows * table.Columns.Count * 8))
            .Append("INSERT INTO ").Append(table.Table).Append(" (").Append(table.ColumnList).Append(") VALUES ");
        var p = 0;
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"@p{p++}");
                sql.Append(c == 0 ? "" : ", ").Append(name);
                // EF's own mapping makes the parameter (its type, e.g. a Guid as upper-case TEXT on SQLite).
                var column = table.Columns[c];
                command.Parameters.Add(column.Mapping.CreateParameter(command, name, null, column.Property.IsNullable));
            }

            sql.Append(')');
        }

        if (returning is not null) sql.Append(" RETURNING ").Append(returning);
        command.CommandText = sql.ToString();
        _commands[rows] = command;
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values) await command.DisposeAsync();
        _commands.Clear();
    }
}
