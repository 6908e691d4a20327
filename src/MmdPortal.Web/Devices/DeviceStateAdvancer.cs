using MmdPortal.Data;
using MmdPortal.Data.Devices;
using MmdPortal.Data.Registrations;
using MmdPortal.Web.Catalog;
using MmdPortal.Web.Localization;
using MmdPortal.Web.Monitoring;
using MmdPortal.Web.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MmdPortal.Web.Devices;

/// <summary>One pass of the registration state machine over all organisations: claim a batch of pending devices,
/// run the registration checks on them in memory, and write the verdicts and their transitions with a handful of
/// set-based statements. Several instances may run passes at once; each device is decided exactly once.</summary>
public sealed class DeviceStateAdvancer(
    PortalDbContext db,
    HardwareCatalog catalog,
    RegistrationChecks checks,
    PortalMetrics metrics,
    TimeProvider time,
    IOptions<RegistrationWorkerOptions> options,
    ILogger<DeviceStateAdvancer> logger)
{
    /// <summary>Decides at most one batch of pending devices and completes the requests that have no pending device
    /// left. Returns how many devices it decided.</summary>
    public async Task<int> AdvanceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var token = TransitionLog.NewToken();
        // The claim commits on its own: if this instance dies from here on, the lease runs out and another pass
        // takes the devices over. Nothing else is written until the verdicts are.
        var claimed = await DeviceClaims.ClaimAsync(
            db, token, options.Value.BatchSize, now, options.Value.ClaimLease, cancellationToken);
        var verdicts = claimed == 0 ? [] : await JudgeAsync(token, cancellationToken);

        // One transaction: a reader must never see a request's devices all final while the request is still
        // Pending, or the blade's refresh (which stops once no device is pending) keeps "in progress" on screen.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var decided = await ApplyAsync(token, verdicts, now, cancellationToken);
        var completed = await CompleteRequestsAsync(now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // Counted from the verdicts: a device whose lease another instance took over meanwhile (rare) is counted by
        // both, which a metric may afford and the devices' own state never does.
        foreach (var outcome in verdicts.GroupBy(v => v.Verdict.Error)) metrics.RecordOutcome(outcome.Key, outcome.Count());

        if (decided + completed > 0)
            logger.LogInformation("Decided {Decided} devices ({Failed} failed), {Completed} requests completed",
                decided, verdicts.Count(v => v.Verdict.Error is not null), completed);
        return decided;
    }

    /// <summary>What the worker would do with one request's devices, applied inside the caller's transaction:
    /// "Validate only" runs it on an upload it then rolls back.</summary>
    public async Task PredictAsync(long requestId, CancellationToken cancellationToken)
    {
        var token = TransitionLog.NewToken();
        await db.Devices.IgnoreQueryFilters()
            .Where(d => d.RequestId == requestId && d.Status == DeviceStatus.RegistrationPending)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.ChangeToken, token), cancellationToken);
        await ApplyAsync(token, await JudgeAsync(token, cancellationToken), time.GetUtcNow().UtcDateTime, cancellationToken);
    }

    private async Task<List<(RegistrationCandidate Device, RegistrationVerdict Verdict, Exception? Exception)>> JudgeAsync(
        long token, CancellationToken cancellationToken)
    {
        var candidates = await db.Devices.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.ChangeToken == token && d.Status == DeviceStatus.RegistrationPending)
            .Select(d => new RegistrationCandidate(d.Id, d.OrganizationId, d.Request!.RequestId, d.SerialNumber,
                d.Manufacturer, d.Model, d.HashSerialNumber, d.HashManufacturer, d.HashModel, d.HashProblem, d.HashProblemArgs, d.ClaimAttempts))
            .ToListAsync(cancellationToken);

        var views = new Dictionary<int, CatalogView>();
        foreach (var organizationId in candidates.Select(c => c.OrganizationId).Distinct())
            views[organizationId] = await catalog.ForOrganizationAsync(organizationId, cancellationToken);

        var verdicts = new List<(RegistrationCandidate, RegistrationVerdict, Exception?)>(candidates.Count);
        foreach (var candidate in candidates)
        {
            // A device whose passes keep dying (the process, or the database, fails on it) must not hold the
            // queue forever: after the last attempt it fails, and support has the passes' errors.
            if (candidate.ClaimAttempts > options.Value.MaxAttempts)
            {
                verdicts.Add((candidate, RegistrationVerdict.Failed(RegistrationError.UnexpectedError, StoredText.Of(PortalText.Key(
                    "Registration of this device was interrupted {0} times. Something went wrong while registering this device. Retry it; if it fails again, contact support with the Request ID."),
                    options.Value.MaxAttempts)), null));
                continue;
            }

            try
            {
                verdicts.Add((candidate, checks.Check(candidate, views[candidate.OrganizationId]), null));
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Registration checks of device {DeviceId} failed", candidate.Id);
                verdicts.Add((candidate, RegistrationVerdict.Failed(RegistrationError.UnexpectedError, StoredText.Of(PortalText.Key(
                    "Something went wrong while registering this device. Retry it; if it fails again, contact support with the Request ID."))), ex));
            }
        }

        return verdicts;
    }

    /// <summary>Failures by (error, detail key, detail values) group, then every other device of the pass to Ready in one statement,
    /// then the transitions of all of them in one more. Guarded by the token and the status, so that a device
    /// taken over by another instance after this one's lease ran out is left alone.</summary>
    private async Task<int> ApplyAsync(long token,
        List<(RegistrationCandidate Device, RegistrationVerdict Verdict, Exception? Exception)> verdicts,
        DateTime now, CancellationToken cancellationToken)
    {
        if (verdicts.Count == 0) return 0;
        var mine = db.Devices.IgnoreQueryFilters()
            .Where(d => d.ChangeToken == token && d.Status == DeviceStatus.RegistrationPending);
        var decided = 0;
        foreach (var group in verdicts.Where(v => v.Verdict.Error is not null).GroupBy(v => v.Verdict))
        {
            foreach (var chunk in group.Select(v => v.Device.Id).Chunk(1_000))
            {
                var (error, detail, args) = (group.Key.Error, Cut(group.Key.Detail!.Key), group.Key.Detail.Args);
                decided += await mine.Where(d => chunk.Contains(d.Id)).ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.Status, DeviceStatus.RegistrationFailed)
                    .SetProperty(d => d.Error, error)
                    .SetProperty(d => d.ErrorDetail, detail)
                    .SetProperty(d => d.ErrorDetailArgs, args)
                    .SetProperty(d => d.ClaimExpiresAt, (DateTime?)null)
                    .SetProperty(d => d.StatusChangedAt, now), cancellationToken);
            }
        }

        decided += await mine.ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, DeviceStatus.ReadyForUser)
            // Not "Error = NULL": a pending device has none (CK_Devices_ErrorMeansFailed), and naming Error here
            // would rewrite both hardware indexes, whose filter reads it, for every device.
            .SetProperty(d => d.ClaimExpiresAt, (DateTime?)null)
            .SetProperty(d => d.StatusChangedAt, now), cancellationToken);
        await TransitionLog.RecordAsync(db, token, DeviceStatus.RegistrationPending, TransitionCause.RegistrationChecks,
            now, $"worker {options.Value.InstanceName}", cancellationToken);

        foreach (var (device, _, exception) in verdicts.Where(v => v.Exception is not null))
            db.Errors.Add(ErrorRecorder.Describe(now, device.RequestId.ToString(),
                $"registration checks of device {device.SerialNumber}", exception!, device.OrganizationId, null));
        await db.SaveChangesAsync(cancellationToken);
        return decided;
    }

    private static string Cut(string detail) => detail.Length <= 1000 ? detail : string.Concat(detail.AsSpan(0, 999), "…");

    private Task<int> CompleteRequestsAsync(DateTime now, CancellationToken cancellationToken) =>
        db.Requests.IgnoreQueryFilters()
            .Where(r => r.Status == RequestStatus.Pending)
            .Where(r => !db.Devices.IgnoreQueryFilters().Any(d =>
                d.RequestId == r.Id && d.Status == DeviceStatus.RegistrationPending && d.DeregisteredAt == null))
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, RequestStatus.Completed)
                .SetProperty(r => r.CompletedAt, now), cancellationToken);
}
