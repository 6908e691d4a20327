using MmdPortal.Data;
using MmdPortal.Data.Devices;
using Microsoft.Extensions.Options;

namespace MmdPortal.Web.Lifecycle;

/// <summary>Applies check-ins in sets: per batch, one query finds the devices, one statement writes when they were
/// seen and by whom, and one statement per kind of status change that some device needs moves them, with its
/// transitions.</summary>
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

        await devices.LockInOrderAsync(latest.Keys, cancellationToken);
        var cutoff = now - options.Value.InactiveAfter;
        if (devices.WritesOnce)
        {
            // One UPDATE writes each device once: when it was seen, by whom and, where a status change is due (worked
            // out here, re-checked by the statement), its status; then one log insert per kind of change.
            var visits = new List<CheckInDevices.Visit>(latest.Count);
            foreach (var (device, checkIn) in latest.Values)
            {
                var seenAfter = LastSeenAfter(device, checkIn);
                var move = MoveOf(device.Status, seenAfter > cutoff);
                // A device neither seen later nor moving has nothing to write.
                if (move is null && device.LastSeenAt is { } stored && checkIn.At < stored) continue;
                visits.Add(new CheckInDevices.Visit(device.Id, checkIn.At, checkIn.UserPrincipalName, move));
            }

            var moves = await devices.WriteOnceAsync(visits, Kinds, cutoff, now, actor, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (updated, moves.Where(m => m.Kind.To == DeviceStatus.Active).Sum(m => m.Moved));
        }

        // An older check-in arriving late neither moves LastSeenAt back nor replaces the primary user.
        await devices.SetSeenAsync(latest.Values
            .Where(l => l.Device.LastSeenAt is not { } stored || l.CheckIn.At >= stored)
            .Select(l => (l.Device.Id, l.CheckIn.At, l.CheckIn.UserPrincipalName)).ToList(), cancellationToken);

        // Each status change is sent only for the devices it will move, as their LastSeenAt will then be (the
        // statement re-checks it): a batch of Active devices changes no status and costs no statement for it.
        var activated = 0;
        foreach (var from in (DeviceStatus[])[DeviceStatus.ReadyForUser, DeviceStatus.Inactive])
            activated += await devices.MoveAsync(IdsOf(latest, from, seen => seen > cutoff), from, DeviceStatus.Active,
                seenSince: true, cutoff, now, actor, cancellationToken);
        // First used longer than InactiveAfter ago (a late or simulated check-in): used, and idle since.
        await devices.MoveAsync(IdsOf(latest, DeviceStatus.ReadyForUser, seen => seen <= cutoff), DeviceStatus.ReadyForUser,
            DeviceStatus.Inactive, seenSince: false, cutoff, now, actor, cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        return (updated, activated);
    }

    // In the order the statements of the other path log them.
    private static readonly CheckInDevices.Kind[] Kinds =
    [
        new(DeviceStatus.ReadyForUser, DeviceStatus.Active),
        new(DeviceStatus.Inactive, DeviceStatus.Active),
        new(DeviceStatus.ReadyForUser, DeviceStatus.Inactive),
    ];

    /// <summary>The change a check-in makes to a device with this status, as last seen after or before the cutoff:
    /// Ready for user or Inactive becomes Active; Ready for user first used before the cutoff (a late or simulated
    /// check-in) becomes Inactive, used and idle since.</summary>
    private static CheckInDevices.Kind? MoveOf(DeviceStatus status, bool seenSinceCutoff) => (status, seenSinceCutoff) switch
    {
        (DeviceStatus.ReadyForUser, true) => Kinds[0],
        (DeviceStatus.Inactive, true) => Kinds[1],
        (DeviceStatus.ReadyForUser, false) => Kinds[2],
        _ => null,
    };

    private static List<long> IdsOf(Dictionary<long, (CheckInDevices.Match Device, ValidCheckIn CheckIn)> latest,
        DeviceStatus status, Func<DateTime, bool> lastSeen) =>
        latest.Values.Where(l => l.Device.Status == status && lastSeen(LastSeenAfter(l.Device, l.CheckIn)))
            .Select(l => l.Device.Id).ToList();

    private static DateTime LastSeenAfter(CheckInDevices.Match device, ValidCheckIn checkIn) =>
        device.LastSeenAt is { } stored && stored > checkIn.At ? stored : checkIn.At;
}
