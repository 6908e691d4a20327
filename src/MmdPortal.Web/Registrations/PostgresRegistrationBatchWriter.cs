using System.Data.Common;
using System.Globalization;
using System.Text;
using MmdPortal.Data;
using MmdPortal.Data.Devices;
using MmdPortal.Data.Registrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace MmdPortal.Web.Registrations;

/// <summary>A batch on PostgreSQL: one <c>INSERT … SELECT * FROM unnest(@c1::type[], …)</c> per table, a column's
/// values in one array parameter: three statements per batch whatever its size, devices RETURNING their keys.</summary>
internal sealed class PostgresRegistrationBatchWriter(PortalDbContext db) : IRegistrationBatchWriter
{
    private readonly InsertTable<Device> _devices = InsertTable<Device>.From(db);
    private readonly InsertTable<DeviceHardwareHash> _hashes = InsertTable<DeviceHardwareHash>.From(db);
    private readonly InsertTable<RegistrationRow> _rows = InsertTable<RegistrationRow>.From(db);

    private readonly string _returning =
        $"{InsertTable<Device>.Column(db, InsertTable<Device>.From(db).GeneratedKey!)}, " +
        InsertTable<Device>.Column(db, db.Model.FindEntityType(typeof(Device))!.FindProperty(nameof(Device.PublicId))!);

    public async Task WriteAsync(IReadOnlyList<RegistrationRow> rows, CancellationToken cancellationToken)
    {
        var devices = BatchGraph.NewDevices(rows);
        var byPublicId = devices.ToDictionary(d => d.PublicId);
        await InsertAsync(_devices, devices, _returning,
            reader => BatchGraph.AssignKeys(byPublicId, reader.GetInt64(0), reader.GetGuid(1)), cancellationToken);
        if (byPublicId.Count > 0) throw new InvalidOperationException($"{byPublicId.Count} devices were not given a key.");
        await InsertAsync(_hashes, BatchGraph.Hashes(devices), null, null, cancellationToken);
        BatchGraph.LinkRows(rows);
        await InsertAsync(_rows, rows, null, null, cancellationToken);
    }

    private async Task InsertAsync<T>(InsertTable<T> table, IReadOnlyList<T> items, string? returning,
        Action<DbDataReader>? read, CancellationToken cancellationToken)
        where T : class
    {
        if (items.Count == 0) return;
        await using var command = (NpgsqlCommand)db.Database.GetDbConnection().CreateCommand();
        command.Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        if (db.Database.GetCommandTimeout() is { } timeout) command.CommandTimeout = timeout;
        var sql = new StringBuilder("INSERT INTO ").Append(table.Table).Append(" (").Append(table.ColumnList)
            .Append(") SELECT * FROM unnest(");
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var column = table.Columns[c];
            var name = string.Create(CultureInfo.InvariantCulture, $"c{c}");
            // The cast names the column's own type (e.g. character varying(100)), so the values are checked as EF's are.
            sql.Append(c == 0 ? "" : ", ").Append('@').Append(name).Append("::").Append(column.StoreType).Append("[]");
            command.Parameters.Add(Parameter(name, column, items));
        }

        sql.Append(')');
        if (returning is not null) sql.Append(" RETURNING ").Append(returning);
        command.CommandText = sql.ToString();
        if (read is null)
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) read(reader);
    }

    private static NpgsqlParameter Parameter<T>(string name, InsertColumn column, IReadOnlyList<T> items)
        where T : class
    {
        var type = column.ProviderType;
        var element = type.IsValueType && column.Property.IsNullable ? typeof(Nullable<>).MakeGenericType(type) : type;
        var values = Array.CreateInstance(element, items.Count);
        for (var i = 0; i < items.Count; i++) values.SetValue(column.ProviderValue(items[i]), i);
        var parameter = new NpgsqlParameter(name, values);
        // Npgsql infers the array type from the elements; a DateTime could go either way, so say which (the
        // converter has made every value UTC, which timestamptz requires).
        if (type == typeof(DateTime) && column.StoreType.StartsWith("timestamp with time zone", StringComparison.Ordinal))
            parameter.NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz;
        return parameter;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
