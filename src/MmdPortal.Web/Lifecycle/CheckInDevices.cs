using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using MmdPortal.Data;
using MmdPortal.Data.Devices;
using MmdPortal.Web.Devices;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Lifecycle;

/// <summary>The statements of one batch of check-ins, all in one organisation. The organisation is a condition of
/// every statement (or, for the lookup by key, of its results), not the tenant filter, so that the operator's
/// simulator runs the same code outside a request.</summary>
internal sealed class CheckInDevices(PortalDbContext db, int organizationId)
{
    public sealed record Match(long Id, string SerialKey, DeviceStatus Status, DateTime? LastSeenAt);

    /// <summary>The organisation's devices by key: live ones, and the keys that only a failed device has.</summary>
    public async Task<Found> FindAsync(List<string> keys, CancellationToken cancellationToken)
    {
        // Written like the filter of IX_Devices_SerialKey_Live, so that the partial index serves it; the organisation
        // is checked here rather than in the statement. With "OrganizationId = …" in it, SQLite (without statistics,
        // which only ANALYZE gathers) took an OrganizationId index instead and read every device of the organisation
        // for every batch: 82 ms per 1,000 check-ins at 10,000 devices, growing with the fleet (docs/performance.md).
        // A live serial key is unique across organisations, so each key finds one device at most.
        var live = (await db.Devices.IgnoreQueryFilters()
            .Where(d => d.Status != DeviceStatus.RegistrationFailed && d.DeregisteredAt == null && d.SerialKey != null)
            .Where(d => keys.Contains(d.SerialKey!))
            .Select(d => new { d.OrganizationId, Match = new Match(d.Id, d.SerialKey!, d.Status, d.LastSeenAt) })
            .ToListAsync(cancellationToken))
            .Where(d => d.OrganizationId == organizationId)
            .ToDictionary(d => d.Match.SerialKey, d => d.Match);
        var missing = keys.Where(k => !live.ContainsKey(k)).ToList();
        // Only for keys without a live device, which should be few: failed devices are outside that index.
        var failed = missing.Count == 0 ? [] : await Devices()
            .Where(d => d.Status == DeviceStatus.RegistrationFailed && d.DeregisteredAt == null)
            .Where(d => missing.Contains(d.SerialKey!))
            .Select(d => d.SerialKey!).Distinct().ToHashSetAsync(cancellationToken);
        return new Found(live, failed);
    }

    /// <summary>Records when each device was seen and, where the check-in names one, its primary user: one UPDATE
    /// for the batch (two when only some name a user), joined to the values, instead of one UPDATE per device, which
    /// cost more than everything else in a call (docs/performance.md). <c>UPDATE … FROM</c> with a CTE is valid on
    /// SQLite (3.33+) and PostgreSQL. SQL Server accepts neither that form nor more than 2,100 parameters: there EF
    /// Core writes the updates, batched into few round trips, as it did everywhere before.</summary>
    public async Task SetSeenAsync(List<(long Id, DateTime At, string? User)> seen, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlServer())
        {
            await SetSeenTrackedAsync(seen, cancellationToken);
            return;
        }

        await UpdateSeenAsync(seen.Where(s => s.User is not null).ToList(), withUser: true, cancellationToken);
        await UpdateSeenAsync(seen.Where(s => s.User is null).ToList(), withUser: false, cancellationToken);
    }

    private async Task SetSeenTrackedAsync(List<(long Id, DateTime At, string? User)> seen, CancellationToken cancellationToken)
    {
        foreach (var (id, at, user) in seen)
        {
            var stub = new Device { Id = id, SerialNumber = "" };
            db.Devices.Attach(stub);
            stub.LastSeenAt = at;
            db.Entry(stub).Property(d => d.LastSeenAt).IsModified = true;
            if (user is null) continue;
            stub.PrimaryUser = user;
            db.Entry(stub).Property(d => d.PrimaryUser).IsModified = true;
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private async Task UpdateSeenAsync(List<(long Id, DateTime At, string? User)> seen, bool withUser, CancellationToken cancellationToken)
    {
        if (seen.Count == 0) return;
        var width = withUser ? 3 : 2;
        var arguments = new object[(seen.Count * width) + 1];
        var rows = new StringBuilder();
        for (var i = 0; i < seen.Count; i++)
        {
            var first = i * width;
            // Raw parameters bypass the value converter: give them the stored form (UTC, whole microseconds).
            arguments[first] = seen[i].Id;
            arguments[first + 1] = UtcDateTimeConverter.Stored(seen[i].At);
            if (withUser) arguments[first + 2] = seen[i].User!;
            rows.Append(i == 0 ? "" : ", ").Append(withUser
                ? string.Create(CultureInfo.InvariantCulture, $"({{{first}}}, {{{first + 1}}}, {{{first + 2}}})")
                : string.Create(CultureInfo.InvariantCulture, $"({{{first}}}, {{{first + 1}}})"));
        }

        arguments[^1] = organizationId;
        var columns = withUser ? "\"Id\", \"At\", \"User\"" : "\"Id\", \"At\"";
        var set = withUser ? "\"LastSeenAt\" = \"Seen\".\"At\", \"PrimaryUser\" = \"Seen\".\"User\"" : "\"LastSeenAt\" = \"Seen\".\"At\"";
        // Only placeholders and fixed identifiers go into the text; every value is a parameter.
        var sql = $"WITH \"Seen\"({columns}) AS (VALUES {rows}) UPDATE \"Devices\" SET {set} FROM \"Seen\" " +
            string.Create(CultureInfo.InvariantCulture,
                $"WHERE \"Devices\".\"Id\" = \"Seen\".\"Id\" AND \"Devices\".\"OrganizationId\" = {{{arguments.Length - 1}}}");
        await db.Database.ExecuteSqlRawAsync(sql, arguments, cancellationToken);
    }

    /// <summary>Moves the devices among <paramref name="ids"/> that still have status <paramref name="from"/> and
    /// meet <paramref name="when"/> (re-checked by the statement, not taken from the earlier read), and logs them.</summary>
    public async Task<int> MoveAsync(List<long> ids, DeviceStatus from, DeviceStatus to, Expression<Func<Device, bool>> when,
        DateTime now, string actor, CancellationToken cancellationToken)
    {
        if (ids.Count == 0) return 0;
        long? token = TransitionLog.NewToken();
        var moved = await Devices()
            .Where(d => ids.Contains(d.Id) && d.Status == from && d.DeregisteredAt == null).Where(when)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, to)
                .SetProperty(d => d.StatusChangedAt, now)
                .SetProperty(d => d.ChangeToken, token), cancellationToken);
        if (moved > 0) await TransitionLog.RecordAsync(db, token.Value, from, TransitionCause.CheckIn, now, actor, cancellationToken);
        return moved;
    }

    private IQueryable<Device> Devices() => db.Devices.IgnoreQueryFilters().Where(d => d.OrganizationId == organizationId);

    public sealed class Found(Dictionary<string, Match> live, HashSet<string> failed)
    {
        public Dictionary<string, Match> Live => live;

        /// <summary>Why the check-in cannot be applied, or null when it can.</summary>
        public CheckInProblem? Problem(ValidCheckIn checkIn)
        {
            if (live.TryGetValue(checkIn.SerialKey, out var device))
                return device.Status == DeviceStatus.RegistrationPending
                    ? new CheckInProblem(checkIn.Index, checkIn.SerialNumber, CheckInProblemKind.RegistrationPending,
                        "The device is still Registration Pending; it becomes Active at a check-in once it is Ready for user.")
                    : null;
            return failed.Contains(checkIn.SerialKey)
                ? new CheckInProblem(checkIn.Index, checkIn.SerialNumber, CheckInProblemKind.RegistrationFailed,
                    "The device's registration failed; fix and retry it before it can become Active.")
                : new CheckInProblem(checkIn.Index, checkIn.SerialNumber, CheckInProblemKind.UnknownDevice,
                    "Your organisation has no registered device with this manufacturer and serial number.");
        }
    }
}
