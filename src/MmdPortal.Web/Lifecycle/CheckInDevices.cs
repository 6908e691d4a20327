using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
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
            // One parameter for the keys (json_each on SQLite, = ANY on PostgreSQL), not one per key: binding 1,000
            // named parameters was a measurable share of each call.
            .Where(d => EF.Parameter(keys).Contains(d.SerialKey!))
            .Select(d => new { d.OrganizationId, Match = new Match(d.Id, d.SerialKey!, d.Status, d.LastSeenAt) })
            .ToListAsync(cancellationToken))
            .Where(d => d.OrganizationId == organizationId)
            .ToDictionary(d => d.Match.SerialKey, d => d.Match);
        var missing = keys.Where(k => !live.ContainsKey(k)).ToList();
        // Only for keys without a live device, which should be few: failed devices are outside that index.
        var failed = missing.Count == 0 ? [] : await Devices()
            .Where(d => d.Status == DeviceStatus.RegistrationFailed && d.DeregisteredAt == null)
            .Where(d => EF.Parameter(missing).Contains(d.SerialKey!))
            .Select(d => d.SerialKey!).Distinct().ToHashSetAsync(cancellationToken);
        return new Found(live, failed);
    }

    /// <summary>Records when each device was seen and, where the check-in names one, its primary user (a check-in
    /// without one keeps it): one UPDATE for the batch, joined to the batch's values passed as ONE parameter (a JSON
    /// array on SQLite, arrays on PostgreSQL). The earlier form bound three parameters per device (3,000 per batch),
    /// and preparing and binding them by name cost more than the update itself. On SQLite the values are a
    /// MATERIALIZED CTE: joined as a subquery, SQLite (without statistics) walked the organisation's devices and
    /// scanned the JSON for each, seconds per batch; materialised, with a unary + keeping the organisation off its
    /// indexes, it reads the list once and finds each device by its key. The organisation is still checked. The
    /// statement re-checks that a device's stored time is not later, so that a concurrent call cannot move it back
    /// either. SQL Server accepts
    /// neither <c>UPDATE … FROM</c> with these functions nor more than 2,100 parameters: there EF Core writes the
    /// updates, batched into few round trips, as it did everywhere before.</summary>
    public async Task SetSeenAsync(List<(long Id, DateTime At, string? User)> seen, CancellationToken cancellationToken)
    {
        if (seen.Count == 0) return;
        if (db.Database.IsSqlServer())
            await SetSeenTrackedAsync(seen, cancellationToken);
        else if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync(
                """
                UPDATE "Devices" AS d SET "LastSeenAt" = s."At", "PrimaryUser" = COALESCE(s."User", d."PrimaryUser")
                FROM unnest({0}, {1}, {2}) AS s("Id", "At", "User")
                WHERE d."Id" = s."Id" AND d."OrganizationId" = {3} AND (d."LastSeenAt" IS NULL OR d."LastSeenAt" <= s."At")
                """,
                [
                    seen.Select(s => s.Id).ToArray(),
                    // Raw parameters bypass the value converter: give them the stored form (UTC, whole microseconds).
                    seen.Select(s => UtcDateTimeConverter.Stored(s.At)).ToArray(),
                    seen.Select(s => s.User).ToArray(),
                    organizationId,
                ], cancellationToken);
        else
            await db.Database.ExecuteSqlRawAsync(
                """
                WITH "Seen" AS MATERIALIZED (SELECT json_extract("value", '$[0]') AS "Id", json_extract("value", '$[1]') AS "At",
                    json_extract("value", '$[2]') AS "User" FROM json_each({0}))
                UPDATE "Devices" SET "LastSeenAt" = "Seen"."At", "PrimaryUser" = COALESCE("Seen"."User", "Devices"."PrimaryUser")
                FROM "Seen" WHERE "Devices"."Id" = "Seen"."Id" AND +"Devices"."OrganizationId" = {1}
                    AND ("Devices"."LastSeenAt" IS NULL OR "Devices"."LastSeenAt" <= "Seen"."At")
                """,
                [SqliteRows(seen), organizationId], cancellationToken);
    }

    /// <summary>[[id, "at", "user" or null], …], each time written as Microsoft.Data.Sqlite and EF Core write a
    /// DateTime, so that the text compares and reads back like every other stored time.</summary>
    private static string SqliteRows(List<(long Id, DateTime At, string? User)> seen)
    {
        var buffer = new ArrayBufferWriter<byte>(seen.Count * 64);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            Span<char> at = stackalloc char[32];
            foreach (var (id, time, user) in seen)
            {
                json.WriteStartArray();
                json.WriteNumberValue(id);
                UtcDateTimeConverter.Stored(time).TryFormat(at, out var written, SqliteDateTimeFormat, CultureInfo.InvariantCulture);
                json.WriteStringValue(at[..written]);
                if (user is null) json.WriteNullValue();
                else json.WriteStringValue(user);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private const string SqliteDateTimeFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF";

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

    /// <summary>Moves the devices among <paramref name="ids"/> that still have status <paramref name="from"/> and were
    /// last seen after <paramref name="cutoff"/> (or, when <paramref name="seenSince"/> is false, at or before it),
    /// re-checked by the statement rather than taken from the earlier read, and logs them. The ids are one parameter.
    /// On SQLite they are joined as a materialised list, and a unary + keeps the other conditions off the indexes:
    /// without statistics, SQLite otherwise walked the (OrganizationId, LastSeenAt) index, every recently seen device
    /// of the organisation, scanning the list for each (0.05–0.5 s per batch at 5,000 devices, growing with the
    /// fleet); now it reads the list once and finds each device by its key.</summary>
    public async Task<int> MoveAsync(List<long> ids, DeviceStatus from, DeviceStatus to, bool seenSince, DateTime cutoff,
        DateTime now, string actor, CancellationToken cancellationToken)
    {
        if (ids.Count == 0) return 0;
        long? token = TransitionLog.NewToken();
        var seen = seenSince ? ">" : "<=";
        // Raw parameters bypass the value converter: the times are given in their stored form.
        var (storedNow, storedCutoff) = (UtcDateTimeConverter.Stored(now), UtcDateTimeConverter.Stored(cutoff));
        int moved;
        if (db.Database.IsSqlServer())
            moved = await Devices()
                .Where(d => ids.Contains(d.Id) && d.Status == from && d.DeregisteredAt == null)
                .Where(seenSince ? d => d.LastSeenAt > cutoff : d => d.LastSeenAt <= cutoff)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.Status, to)
                    .SetProperty(d => d.StatusChangedAt, now)
                    .SetProperty(d => d.ChangeToken, token), cancellationToken);
        else if (db.Database.IsNpgsql())
        {
            // Only placeholders and a fixed operator go into the text; every value is a parameter.
            var sql = $$"""
                UPDATE "Devices" SET "Status" = {0}, "StatusChangedAt" = {1}, "ChangeToken" = {2}
                WHERE "Id" = ANY({3}) AND "OrganizationId" = {4} AND "Status" = {5} AND "DeregisteredAt" IS NULL
                    AND "LastSeenAt" {{seen}} {6}
                """;
            moved = await db.Database.ExecuteSqlRawAsync(sql,
                [(int)to, storedNow, token.Value, ids.ToArray(), organizationId, (int)from, storedCutoff], cancellationToken);
        }
        else
        {
            var sql = $$"""
                WITH "Moved" AS MATERIALIZED (SELECT "value" AS "Id" FROM json_each({3}))
                UPDATE "Devices" SET "Status" = {0}, "StatusChangedAt" = {1}, "ChangeToken" = {2}
                FROM "Moved" WHERE "Devices"."Id" = "Moved"."Id" AND +"Devices"."OrganizationId" = {4}
                    AND +"Devices"."Status" = {5} AND "Devices"."DeregisteredAt" IS NULL AND +"Devices"."LastSeenAt" {{seen}} {6}
                """;
            moved = await db.Database.ExecuteSqlRawAsync(sql, [(int)to, storedNow, token.Value, JsonSerializer.Serialize(ids), organizationId, (int)from, storedCutoff],
                cancellationToken);
        }

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
