using System.Diagnostics.Metrics;
using MmdPortal.Data.Devices;

namespace MmdPortal.Web.Monitoring;

/// <summary>The portal's own instruments, on the meter <see cref="MeterName"/>: what uploads bring in, what the
/// worker decides, and the backlog between them. Names, units and tags are listed in docs/observability.md.</summary>
public sealed class PortalMetrics
{
    public const string MeterName = "MmdPortal";

    /// <summary>Values of the <c>outcome</c> tag of the ingest instruments.</summary>
    public const string Accepted = "accepted", Refused = "refused", Validated = "validated";

    private readonly Counter<long> _registered;
    private readonly Counter<long> _outcomes;
    private readonly Counter<long> _rows;
    private readonly Histogram<double> _duration;
    private readonly Histogram<long> _uploadRows;

    public PortalMetrics(IMeterFactory meters, PendingBacklog backlog, TimeProvider time)
    {
        var meter = meters.Create(MeterName);
        _registered = meter.CreateCounter<long>("mmdportal.devices.registered", "{device}",
            "Devices created by accepted uploads.");
        _outcomes = meter.CreateCounter<long>("mmdportal.registration.outcomes", "{device}",
            "Devices decided by the registration worker, by status and error.");
        _rows = meter.CreateCounter<long>("mmdportal.ingest.rows", "{row}",
            "CSV rows read by uploads (accepted, refused or validated only).");
        _duration = meter.CreateHistogram<double>("mmdportal.ingest.duration", "s",
            "Time from the start of an upload to its commit or refusal.");
        _uploadRows = meter.CreateHistogram<long>("mmdportal.ingest.upload_rows", "{row}",
            "Rows per upload: the size that goes with mmdportal.ingest.duration.");
        // Observed from the cached measurement: a scrape must not cost a query.
        meter.CreateObservableGauge("mmdportal.devices.pending",
            () => backlog.Latest is { } latest ? [new Measurement<long>(latest.Count)] : Array.Empty<Measurement<long>>(),
            "{device}", "Devices waiting for the registration worker, all organisations, at the latest measurement.");
        meter.CreateObservableGauge("mmdportal.devices.pending.oldest_age",
            () => backlog.Latest is { } latest
                ? [new Measurement<double>(latest.OldestAge(time.GetUtcNow()).TotalSeconds)]
                : Array.Empty<Measurement<double>>(),
            "s", "How long the oldest pending device has waited.");
    }

    /// <summary>One upload that has read <paramref name="rows"/> rows: <paramref name="outcome"/> is accepted,
    /// refused or validated; only accepted uploads create devices.</summary>
    public void RecordUpload(string outcome, int rows, int devicesCreated, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>("outcome", outcome);
        _rows.Add(rows, tag);
        _duration.Record(elapsed.TotalSeconds, tag);
        _uploadRows.Record(rows, tag);
        if (devicesCreated > 0) _registered.Add(devicesCreated);
    }

    /// <summary>A device decided by the worker: ReadyForUser, or RegistrationFailed with its error.</summary>
    public void RecordOutcome(RegistrationError? error, int count = 1) =>
        _outcomes.Add(count,
            new KeyValuePair<string, object?>("status",
                error is null ? nameof(DeviceStatus.ReadyForUser) : nameof(DeviceStatus.RegistrationFailed)),
            new KeyValuePair<string, object?>("error", error?.ToString() ?? "None"));
}
