using MmdPortal.Data;
using MmdPortal.Data.Devices;
using Microsoft.Extensions.Options;

namespace MmdPortal.Web.Lifecycle;

/// <summary>Applies check-ins in sets: per batch, one query finds the devices, one SaveChanges writes when they were
/// seen and by whom, and one statement per kind of status change moves them, with its transitions.</summary>
public sealed class CheckIns(PortalDbContext db, TimeProvider time, IOptions<LifecycleOptions> options)
{
    /// <param name="organizationId">Only this organisation's devices are matched: another's are unknown.</param>
    /// <param name="checkIns">The check-ins, in the caller's order; problems name their index.</param>
    /// <param name="actor">The key or operator the transitions are recorded for.</param>
    /// <param name="cancellationToken">Cancels the batches not yet written.</param>
    public async Task<CheckInResult> CheckInAsync(
        int organizationId, IReadOnlyList<CheckIn?> checkIns, string actor, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = UtcDateTimeConverter.Stored(time.GetUtcNow().UtcDateTime);
        var problems = new List<CheckInProblem>();
        var (updated, activated) = (0, 0);
        for (var start = 0; start < checkIns.Count; start += settings.BatchSize)
        {
            var batch = new List<ValidCheckIn>(Math.Min(settings.BatchSize, checkIns.Count - start));
            for (var i = start; i < Math.Min(start + settings.BatchSize, checkIns.Count); i++)
            {
                if (CheckInReading.Read(checkIns[i], i, now, settings.ClockSkew, problems) is { } valid) batch.Add(valid);
            }

            var outcome = await ApplyAsync(organizationId, batch, now, actor, problems, cancellationToken);
            updated += outcome.Updated;
            activated += outcome.Activated;
        }

        problems.Sort((a, b) => a.Index.CompareTo(b.Index));
        return new CheckInResult(checkIns.Count, updated, activated, problems);
    }

    private async Task<(int Updated, int Activated)> ApplyAsync(
        int organizationId, List<ValidCheckIn> batch, DateTime now, string actor, List<CheckInProblem> problems,
        CancellationToken cancellationToken)
    {
        if (batch.Count == 0) return (0, 0);
        var devices = new CheckInDevices(db, organizationId);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var found = await devices.FindAsync(batch.Select(c => c.SerialKey).Distinct().ToList(), cancellationToken);

        var latest = new Dictionary<long, (CheckInDevices.Match Device, ValidCheckIn CheckIn)>();
        var updated = 0;
        foreach (var checkIn in batch)
        {
            if (found.Problem(checkIn) is { } problem)
            {
                problems.Add(problem);
                continue;
            }

            var device = found.Live[checkIn.SerialKey];
            updated++;
            // Within a call, the latest check-in of a device wins; on a tie, the later item.
            if (!latest.TryGetValue(device.Id, out var seen) || checkIn.At >= seen.CheckIn.At) latest[device.Id] = (device, checkIn);
        }

        // An older check-in arriving late neither moves LastSeenAt back nor replaces the primary user.
        await devices.SetSeenAsync(latest.Values
            .Where(l => l.Device.LastSeenAt is not { } stored || l.CheckIn.At >= stored)
            .Select(l => (l.Device.Id, l.CheckIn.At, l.CheckIn.UserPrincipalName)).ToList(), cancellationToken);

        var cutoff = now - options.Value.InactiveAfter;
        var activated = 0;
        foreach (var from in (DeviceStatus[])[DeviceStatus.ReadyForUser, DeviceStatus.Inactive])
            activated += await devices.MoveAsync(IdsOf(latest, from), from, DeviceStatus.Active,
                d => d.LastSeenAt > cutoff, now, actor, cancellationToken);
        // First used longer than InactiveAfter ago (a late or simulated check-in): used, and idle since.
        await devices.MoveAsync(IdsOf(latest, DeviceStatus.ReadyForUser), DeviceStatus.ReadyForUser, DeviceStatus.Inactive,
            d => d.LastSeenAt <= cutoff, now, actor, cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        return (updated, activated);
    }

    private static List<long> IdsOf(Dictionary<long, (CheckInDevices.Match Device, ValidCheckIn CheckIn)> latest, DeviceStatus status) =>
        latest.Values.Where(l => l.Device.Status == status).Select(l => l.Device.Id).ToList();
}
