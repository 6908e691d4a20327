using MmdPortal.Data;
using MmdPortal.Data.Devices;
using MmdPortal.Data.Registrations;
using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Registrations;

/// <summary>Turns an upload's rows into devices and row outcomes, a batch at a time: one query to find the
/// hardware already registered, a few set-based inserts for the batch (<see cref="IRegistrationBatchWriter"/>).
/// Remembers every row's hardware across batches so that a repeat within the upload points at its first occurrence.</summary>
internal sealed class RegistrationBatch(PortalDbContext db, RegistrationRequest request, DateTime now, long changeToken)
    : IAsyncDisposable
{
    private readonly IRegistrationBatchWriter _writer = IRegistrationBatchWriter.For(db);
    private readonly HardwareSightings<SeenHardware> _seen = new();
    private List<PreparedRow> _rows = [];
    private Task _writing = Task.CompletedTask;
    private int _position;

    /// <summary>Rows added since the last <see cref="FlushAsync"/>.</summary>
    public int Count => _rows.Count;

    /// <summary>The statement token of the devices this upload creates (see <see cref="Device.ChangeToken"/>).</summary>
    public long ChangeToken => changeToken;

    /// <summary>Devices created so far: rows that were neither repeats nor hardware already registered here.
    /// Complete after <see cref="CompleteAsync"/>.</summary>
    public int CreatedDevices { get; private set; }

    public void Add(HardwareHashRow row) => _rows.Add(PreparedRow.From(row));

    /// <summary>Starts writing the rows added so far, once the previous batch is written, and returns: the caller
    /// reads and decodes the next batch while this one is written (on SQLite the statements run on the calling
    /// thread, so the write goes to the thread pool). One batch is written at a time, in order; the context is
    /// used by nothing else meanwhile. A failed write surfaces at the next call.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _writing;
        if (_rows.Count == 0) return;
        var rows = _rows;
        _rows = new List<PreparedRow>(rows.Count);
        _writing = Task.Run(() => WriteAsync(rows, cancellationToken), cancellationToken);
    }

    /// <summary>Writes what is left and waits until every batch is written.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        await _writing;
    }

    private async Task WriteAsync(List<PreparedRow> rows, CancellationToken cancellationToken)
    {
        var firsts = new List<(int Index, SeenHardware Seen)>(rows.Count);
        var repeats = new List<(int Index, SeenHardware Earlier, bool SameHash)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var seen = new SeenHardware(row.Row.File, row.Row.Line);
            if (_seen.TryAdd(row, seen, out var earlier, out var sameHash)) firsts.Add((i, seen));
            else repeats.Add((i, earlier, sameHash));
        }

        var outcomes = new RegistrationRow[rows.Count];
        var registered = await RegisteredHardware.FindAsync(db, firsts.Select(f => rows[f.Index]), cancellationToken);
        foreach (var (index, seen) in firsts)
        {
            var row = rows[index];
            var existing = registered.Find(row.HashKey, row.SerialKey);
            if (existing is not null && existing.OrganizationId == request.OrganizationId)
            {
                seen.DeviceId = existing.Id;
                outcomes[index] = Outcome(row, RegistrationError.DeviceAlreadyRegistered,
                    StoredText.Of(PortalText.Key("This device is already registered to your organization. No further action required.")),
                    existing.Id);
                continue;
            }

            seen.NewDevice = NewDevice(row, claimedElsewhere: existing is not null);
            var outcome = Outcome(row, null, null, null);
            outcome.Device = seen.NewDevice;
            outcome.CreatedDevice = true;
            CreatedDevices++;
            outcomes[index] = outcome;
        }

        // Repeats last: their first occurrence may be in this very batch and resolved only just above.
        foreach (var (index, earlier, sameHash) in repeats) outcomes[index] = RepeatWithinUpload(rows[index], earlier, sameHash);
        foreach (var outcome in outcomes) outcome.Position = ++_position;

        await _writer.WriteAsync(outcomes, cancellationToken);
        foreach (var (_, seen) in firsts) seen.Saved();
    }

    /// <summary>Waits for a write still running, without writing more: a refused or cancelled upload must not roll
    /// back the transaction under it. A failure of that write is dropped: the upload is being given up anyway, for
    /// the reason the caller reports (or throws).</summary>
    public async Task AbandonAsync()
    {
        try
        {
            await _writing;
        }
#pragma warning disable CA1031 // The caller's own outcome is what the upload reports; see the summary.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await AbandonAsync();
        await _writer.DisposeAsync();
    }

    private RegistrationRow RepeatWithinUpload(PreparedRow row, SeenHardware earlier, bool sameHash)
    {
        var detail = RepeatedHardware.Detail(sameHash, earlier.File, earlier.Line);
        var outcome = Outcome(row, RegistrationError.DeviceAlreadyRegistered, detail, earlier.DeviceId);
        // A first occurrence in this batch is not saved yet: link the entity, and the writer fills in the key.
        if (earlier.NewDevice is not null) outcome.Device = earlier.NewDevice;
        return outcome;
    }

    private RegistrationRow Outcome(PreparedRow row, RegistrationError? error, StoredText? detail, long? deviceId) => new()
    {
        RequestId = request.Id,
        OrganizationId = request.OrganizationId,
        File = row.Row.File,
        Line = row.Row.Line,
        SerialNumber = row.SerialNumber,
        DeviceId = deviceId,
        Error = error,
        ErrorDetail = detail?.Key,
        ErrorDetailArgs = detail?.Args,
    };

    private Device NewDevice(PreparedRow row, bool claimedElsewhere) => new()
    {
        PublicId = Guid.CreateVersion7(),
        OrganizationId = request.OrganizationId,
        SerialNumber = row.SerialNumber,
        Manufacturer = row.Manufacturer,
        Model = row.Model,
        ProductId = row.Row.ProductId,
        GroupTag = row.Row.GroupTag,
        AssignedUser = row.Row.AssignedUser,
        // Hardware live in another organisation is refused at once; failed devices block nothing in the
        // unique indexes, and the admin sees the device on the blade with the reason.
        Status = claimedElsewhere ? DeviceStatus.RegistrationFailed : DeviceStatus.RegistrationPending,
        Error = claimedElsewhere ? RegistrationError.DeviceClaimedByAnotherOrganization : null,
        ErrorDetail = claimedElsewhere ? PortalText.Key("This hardware is registered to another organization.") : null,
        HashProblem = row.HashProblem?.Key,
        HashProblemArgs = row.HashProblem?.Args,
        HashSerialNumber = FieldLimits.Fit(row.Facts?.SerialNumber),
        HashManufacturer = FieldLimits.Fit(row.Facts?.Manufacturer),
        HashModel = FieldLimits.Fit(row.Facts?.Model),
        HashKey = row.HashKey,
        SerialKey = row.SerialKey,
        RequestId = request.Id,
        RegisteredAt = now,
        StatusChangedAt = now,
        ChangeToken = changeToken,
        HardwareHash = row.Row.HardwareHash is null
            ? null
            : new DeviceHardwareHash { OrganizationId = request.OrganizationId, Value = row.Row.HardwareHash },
    };
}
