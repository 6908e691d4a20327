using MmdPortal.Data;
using MmdPortal.Data.Devices;
using MmdPortal.Data.Registrations;

namespace MmdPortal.Web.Registrations;

/// <summary>A batch on SQLite: multi-row INSERTs, devices first (RETURNING their keys), then their hashes, then the
/// row outcomes. No round trip per row; the statements are prepared once per upload and re-run.</summary>
internal sealed class SqliteRegistrationBatchWriter : IRegistrationBatchWriter
{
    // An upper bound on rows per statement; MultiRowInsert.ParametersPerStatement sets the number actually used.
    internal const int DefaultRowsPerStatement = 500;

    private readonly MultiRowInsert<Device> _devices;
    private readonly MultiRowInsert<DeviceHardwareHash> _hashes;
    private readonly MultiRowInsert<RegistrationRow> _rows;

    public SqliteRegistrationBatchWriter(PortalDbContext db, int rowsPerStatement = DefaultRowsPerStatement)
    {
        var devices = InsertTable<Device>.From(db);
        var publicId = db.Model.FindEntityType(typeof(Device))!.FindProperty(nameof(Device.PublicId))!;
        var returning = $"{InsertTable<Device>.Column(db, devices.GeneratedKey!)}, {InsertTable<Device>.Column(db, publicId)}";
        _devices = new MultiRowInsert<Device>(db, devices, returning, rowsPerStatement);
        _hashes = new MultiRowInsert<DeviceHardwareHash>(db, InsertTable<DeviceHardwareHash>.From(db), null, rowsPerStatement);
        _rows = new MultiRowInsert<RegistrationRow>(db, InsertTable<RegistrationRow>.From(db), null, rowsPerStatement);
    }

    public async Task WriteAsync(IReadOnlyList<RegistrationRow> rows, CancellationToken cancellationToken)
    {
        var devices = BatchGraph.NewDevices(rows);
        var byPublicId = devices.ToDictionary(d => d.PublicId);
        await _devices.InsertAsync(devices, reader => BatchGraph.AssignKeys(byPublicId, reader.GetInt64(0), reader.GetGuid(1)),
            cancellationToken);
        if (byPublicId.Count > 0) throw new InvalidOperationException($"{byPublicId.Count} devices were not given a key.");
        await _hashes.InsertAsync(BatchGraph.Hashes(devices), null, cancellationToken);
        BatchGraph.LinkRows(rows);
        await _rows.InsertAsync(rows, null, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _devices.DisposeAsync();
        await _hashes.DisposeAsync();
        await _rows.DisposeAsync();
    }
}
