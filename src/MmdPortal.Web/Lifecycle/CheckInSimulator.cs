using System.Globalization;
using MmdPortal.Data;
using MmdPortal.Data.Devices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MmdPortal.Web.Lifecycle;

/// <param name="Eligible">The organisation's devices that can check in (Ready for user, Active, Inactive).</param>
/// <param name="Recent">Checked in within the last hour.</param>
/// <param name="Stale">Checked in more than a day before they would count as inactive.</param>
/// <param name="CheckIns">What the check-ins did.</param>
/// <param name="Swept">Devices the sweep that follows moved to Inactive, in every organisation.</param>
public sealed record SimulationResult(int Eligible, int Recent, int Stale, CheckInResult CheckIns, int Swept);

/// <summary>Demo data: some of an organisation's devices check in through <see cref="CheckIns"/>, as agents would,
/// and a sweep follows so that the stale ones show as Inactive at once.</summary>
public sealed class CheckInSimulator(PortalDbContext db, CheckIns checkIns, InactivitySweep sweep, TimeProvider time,
    IOptions<LifecycleOptions> options)
{
    public const string Actor = "simulator";

    /// <param name="organizationId">Whose devices check in.</param>
    /// <param name="organizationName">For generated user names.</param>
    /// <param name="recentPercent">Share of the devices that check in within the last hour.</param>
    /// <param name="stalePercent">Share of the devices that check in 8+ days ago (with the default InactiveAfter).</param>
    /// <param name="random">Picks devices, times and users.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public async Task<SimulationResult> RunAsync(int organizationId, string organizationName, int recentPercent, int stalePercent,
        Random random, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var staleBefore = now - options.Value.InactiveAfter - TimeSpan.FromDays(1);
        var devices = await db.Devices.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.OrganizationId == organizationId && d.DeregisteredAt == null)
            .Where(d => d.Status == DeviceStatus.ReadyForUser || d.Status == DeviceStatus.Active || d.Status == DeviceStatus.Inactive)
            .Select(d => new Candidate(d.SerialNumber, d.Manufacturer, d.AssignedUser, d.LastSeenAt))
            .ToArrayAsync(cancellationToken);
        random.Shuffle(devices);

        // A device seen after the stale time would keep its later check-in, so stale ones come from the others.
        var stale = devices.Where(d => d.LastSeenAt is null || d.LastSeenAt <= staleBefore)
            .Take(devices.Length * stalePercent / 100).ToHashSet();
        var recent = devices.Where(d => !stale.Contains(d)).Take(devices.Length * recentPercent / 100).ToList();
        var users = devices.Select(d => d.AssignedUser).OfType<string>().Distinct().ToArray();
        var domain = new string(organizationName.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray()) is { Length: > 0 } name
            ? name : "example";

        CheckIn Make(Candidate device, DateTime at) => new(device.SerialNumber, device.Manufacturer, null,
            device.AssignedUser ?? (users.Length > 0 ? users[random.Next(users.Length)]
                : string.Create(CultureInfo.InvariantCulture, $"user{random.Next(1, 1000):000}@{domain}.example")),
            at.ToString("O", CultureInfo.InvariantCulture));

        var items = recent.Select(d => Make(d, now.AddSeconds(-random.Next(3600))))
            .Concat(stale.Select(d => Make(d, staleBefore.AddMinutes(-random.Next(3 * 24 * 60)))))
            .ToList<CheckIn?>();
        var result = await checkIns.CheckInAsync(organizationId, items, Actor, cancellationToken);
        var swept = await sweep.SweepAsync(cancellationToken);
        return new SimulationResult(devices.Length, recent.Count, stale.Count, result, swept);
    }

    private sealed record Candidate(string SerialNumber, string? Manufacturer, string? AssignedUser, DateTime? LastSeenAt);
}
