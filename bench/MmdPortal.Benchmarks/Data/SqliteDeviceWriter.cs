using Microsoft.Data.Sqlite;

namespace MmdPortal.Benchmarks.Data;

/// <summary>One prepared INSERT per table, parameters rebound per row: the fastest plain way into SQLite.</summary>
internal sealed class SqliteDeviceWriter : IDeviceWriter
{
    private readonly SqliteCommand _device;
    private readonly SqliteCommand _hash;

    public SqliteDeviceWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _device = Prepare(connection, transaction, "Devices", DeviceRecord.Columns);
        _hash = Prepare(connection, transaction, "HardwareHashes", ["DeviceId", "OrganizationId", "Value"]);
    }

    public Task WriteAsync(IReadOnlyList<DeviceRecord> devices)
    {
        foreach (var device in devices)
        {
            var values = device.Values();
            for (var i = 0; i < values.Length; i++)
                _device.Parameters[i].Value = values[i] switch { null => DBNull.Value, Guid g => SqliteBenchDatabase.Upper(g), var v => v };
            _device.ExecuteNonQuery();
            if (device.HardwareHash is null) continue;
            _hash.Parameters[0].Value = device.Id;
            _hash.Parameters[1].Value = device.OrganizationId;
            _hash.Parameters[2].Value = device.HardwareHash;
            _hash.ExecuteNonQuery();
        }

        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _device.DisposeAsync();
        await _hash.DisposeAsync();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < columns.Length; i++) command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        command.Prepare();
        return command;
    }
}
