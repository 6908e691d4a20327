using Npgsql;
using NpgsqlTypes;

namespace MmdPortal.Benchmarks.Data;

/// <summary>Binary COPY, a batch at a time (devices, then their hashes), inside the caller's transaction.</summary>
internal sealed class PostgresDeviceWriter(NpgsqlConnection connection) : IDeviceWriter
{
    private static readonly NpgsqlDbType[] Types =
    [
        NpgsqlDbType.Bigint, NpgsqlDbType.Uuid, NpgsqlDbType.Integer, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Integer, NpgsqlDbType.Integer,
        NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.Text, NpgsqlDbType.Bigint, NpgsqlDbType.TimestampTz, NpgsqlDbType.TimestampTz, NpgsqlDbType.TimestampTz,
        NpgsqlDbType.TimestampTz, NpgsqlDbType.TimestampTz, NpgsqlDbType.Integer, NpgsqlDbType.Bigint, NpgsqlDbType.Integer,
    ];

    private static readonly string DeviceCopy =
        $"COPY \"Devices\" ({string.Join(", ", DeviceRecord.Columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)";

    public async Task WriteAsync(IReadOnlyList<DeviceRecord> devices)
    {
        await using (var importer = await connection.BeginBinaryImportAsync(DeviceCopy))
        {
            foreach (var device in devices)
            {
                await importer.StartRowAsync();
                var values = device.Values();
                for (var i = 0; i < values.Length; i++)
                {
                    if (values[i] is null) await importer.WriteNullAsync();
                    else await importer.WriteAsync(values[i], Types[i]);
                }
            }

            await importer.CompleteAsync();
        }

        await using (var importer = await connection.BeginBinaryImportAsync(
            """COPY "HardwareHashes" ("DeviceId", "OrganizationId", "Value") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var device in devices.Where(d => d.HardwareHash is not null))
            {
                await importer.StartRowAsync();
                await importer.WriteAsync(device.Id, NpgsqlDbType.Bigint);
                await importer.WriteAsync(device.OrganizationId, NpgsqlDbType.Integer);
                await importer.WriteAsync(device.HardwareHash!, NpgsqlDbType.Text);
            }

            await importer.CompleteAsync();
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
