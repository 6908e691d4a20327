using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MmdPortal.Data;
using MmdPortal.Data.Devices;
using MmdPortal.Web.Devices;
using Microsoft.EntityFrameworkCore;
using MmdPortal.Web.Localization;

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
            .WhereLive().Where(d => d.SerialKey != null)
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

    /// <summary>On PostgreSQL, locks the batch's devices in the order of their IDs before any of them is written. Two
    /// calls that check in some of the same devices otherwise lock them in the order each UPDATE reaches them (the
    /// batch's order, or the table's) and can each wait for the other; the server then aborts one with "deadlock
    /// detected", a 500 for its agent (found by the load test with 10 agents, issue 9). In ID order the later call
    /// waits for the earlier and goes on. The lock is the one the UPDATE takes anyway (NO KEY UPDATE, which leaves
    /// foreign key checks of other transactions alone). SQLite takes its one write lock when the transaction begins.</summary>
    public async Task LockInOrderAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0 || !db.Database.IsNpgsql()) return;
        await db.Database.ExecuteSqlRawAsync(
            """SELECT 1 FROM "Devices" WHERE "Id" = ANY({0}) ORDER BY "Id" FOR NO KEY UPDATE""", [ids.ToArray()], cancellationToken);
    }

    /// <summary>A device of the batch: when it was seen and by whom, and the status change it needs, if any.</summary>
    public sealed record Visit(long Id, DateTime At, string? User, Kind? Move);

    /// <summary>A kind of status change; moving to Active needs the device seen after the cutoff, any other move
    /// seen at or before it.</summary>
    public sealed record Kind(DeviceStatus From, DeviceStatus To);

    /// <summary>Not on SQL Server, which accepts neither form: <see cref="WriteOnceAsync"/> can write the batch.</summary>
    public bool WritesOnce => !db.Database.IsSqlServer();

    /// <summary>Writes each device of the batch once: one UPDATE sets when it was seen and by whom (unless the stored
    /// time is later, as <see cref="SetSeenAsync"/>) and, for the devices that need it, the status change, with
    /// everything <see cref="MoveAsync"/> re-checks (status, not deregistered, organisation, LastSeenAt — as this
    /// statement leaves it — against the cutoff) and a token per kind of change; then one INSERT … SELECT per kind
    /// logs the transitions. The values are ONE parameter per column (arrays on PostgreSQL) or one JSON array
    /// (SQLite, a materialised list as in <see cref="SetSeenAsync"/>). Returns how many devices each kind moved,
    /// in the order of <paramref name="kinds"/>.</summary>
    public async Task<List<(Kind Kind, int Moved)>> WriteOnceAsync(List<Visit> visits, IReadOnlyList<Kind> kinds,
        DateTime cutoff, DateTime now, string actor, CancellationToken cancellationToken)
    {
        var result = new List<(Kind Kind, int Moved)>(kinds.Count);
        if (visits.Count == 0) return result;
        var tokens = kinds.Where(k => visits.Any(v => v.Move == k)).ToDictionary(k => k, _ => TransitionLog.NewToken());
        if (tokens.Count == 0)
        {
            // No status to change (the steady state): the statement that sets only when and by whom, since SQLite
            // rewrites the index entries of every column an UPDATE sets, changed or not (Status, ChangeToken).
            await SetSeenAsync(visits.Select(v => (v.Id, v.At, v.User)).ToList(), cancellationToken);
            result.AddRange(kinds.Select(k => (k, 0)));
            return result;
        }

        long? TokenOf(Visit v) => v.Move is { } kind ? tokens[kind] : null;
        // Raw parameters bypass the value converter: the times are given in their stored form.
        var (storedNow, storedCutoff) = (UtcDateTimeConverter.Stored(now), UtcDateTimeConverter.Stored(cutoff));
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync(
                """
                UPDATE "Devices" AS d SET
                    "LastSeenAt" = GREATEST(d."LastSeenAt", s."At"),
                    "PrimaryUser" = CASE WHEN d."LastSeenAt" IS NULL OR d."LastSeenAt" <= s."At"
                        THEN COALESCE(s."User", d."PrimaryUser") ELSE d."PrimaryUser" END,
                    "Status" = CASE WHEN d."Status" = s."From" AND d."DeregisteredAt" IS NULL
                        AND (GREATEST(d."LastSeenAt", s."At") > {3}) = s."Since" THEN s."To" ELSE d."Status" END,
                    "StatusChangedAt" = CASE WHEN d."Status" = s."From" AND d."DeregisteredAt" IS NULL
                        AND (GREATEST(d."LastSeenAt", s."At") > {3}) = s."Since" THEN {4} ELSE d."StatusChangedAt" END,
                    "ChangeToken" = CASE WHEN d."Status" = s."From" AND d."DeregisteredAt" IS NULL
                        AND (GREATEST(d."LastSeenAt", s."At") > {3}) = s."Since" THEN s."Token" ELSE d."ChangeToken" END
                FROM unnest({0}, {1}, {2}, {5}, {6}, {7}, {8}) AS s("Id", "At", "User", "From", "To", "Since", "Token")
                WHERE d."Id" = s."Id" AND d."OrganizationId" = {9}
                    AND (d."LastSeenAt" IS NULL OR d."LastSeenAt" <= s."At"
                        OR (d."Status" = s."From" AND d."DeregisteredAt" IS NULL
                            AND (GREATEST(d."LastSeenAt", s."At") > {3}) = s."Since"))
                """,
                [
                    visits.Select(v => v.Id).ToArray(),
                    visits.Select(v => UtcDateTimeConverter.Stored(v.At)).ToArray(),
                    visits.Select(v => v.User).ToArray(),
                    storedCutoff,
                    storedNow,
                    visits.Select(v => (int?)v.Move?.From).ToArray(),
                    visits.Select(v => (int?)v.Move?.To).ToArray(),
                    visits.Select(v => v.Move?.To == DeviceStatus.Active).ToArray(),
                    visits.Select(TokenOf).ToArray(),
                    organizationId,
                ], cancellationToken);
        else
            await db.Database.ExecuteSqlRawAsync(
                """
                WITH "Seen" AS MATERIALIZED (SELECT json_extract("value", '$[0]') AS "Id", json_extract("value", '$[1]') AS "At",
                    json_extract("value", '$[2]') AS "User", json_extract("value", '$[3]') AS "From",
                    json_extract("value", '$[4]') AS "To", json_extract("value", '$[5]') AS "Since",
                    json_extract("value", '$[6]') AS "Token" FROM json_each({0}))
                UPDATE "Devices" SET
                    "LastSeenAt" = CASE WHEN "Devices"."LastSeenAt" IS NULL OR "Devices"."LastSeenAt" <= "Seen"."At"
                        THEN "Seen"."At" ELSE "Devices"."LastSeenAt" END,
                    "PrimaryUser" = CASE WHEN "Devices"."LastSeenAt" IS NULL OR "Devices"."LastSeenAt" <= "Seen"."At"
                        THEN COALESCE("Seen"."User", "Devices"."PrimaryUser") ELSE "Devices"."PrimaryUser" END,
                    "Status" = CASE WHEN "Devices"."Status" = "Seen"."From" AND "Devices"."DeregisteredAt" IS NULL
                        AND (max(coalesce("Devices"."LastSeenAt", "Seen"."At"), "Seen"."At") > {1}) = "Seen"."Since"
                        THEN "Seen"."To" ELSE "Devices"."Status" END,
                    "StatusChangedAt" = CASE WHEN "Devices"."Status" = "Seen"."From" AND "Devices"."DeregisteredAt" IS NULL
                        AND (max(coalesce("Devices"."LastSeenAt", "Seen"."At"), "Seen"."At") > {1}) = "Seen"."Since"
                        THEN {2} ELSE "Devices"."StatusChangedAt" END,
                    "ChangeToken" = CASE WHEN "Devices"."Status" = "Seen"."From" AND "Devices"."DeregisteredAt" IS NULL
                        AND (max(coalesce("Devices"."LastSeenAt", "Seen"."At"), "Seen"."At") > {1}) = "Seen"."Since"
                        THEN "Seen"."Token" ELSE "Devices"."ChangeToken" END
                FROM "Seen" WHERE "Devices"."Id" = "Seen"."Id" AND +"Devices"."OrganizationId" = {3}
                    AND (+"Devices"."LastSeenAt" IS NULL OR +"Devices"."LastSeenAt" <= "Seen"."At"
                        OR (+"Devices"."Status" = "Seen"."From" AND +"Devices"."DeregisteredAt" IS NULL
                            AND (max(coalesce(+"Devices"."LastSeenAt", "Seen"."At"), "Seen"."At") > {1}) = "Seen"."Since"))
                """,
                [SqliteVisits(visits, TokenOf), storedCutoff, storedNow, organizationId], cancellationToken);

        foreach (var kind in kinds)
        {
            var moved = tokens.TryGetValue(kind, out var token)
                ? await TransitionLog.RecordAsync(db, token, kind.From, TransitionCause.CheckIn, now, actor, cancellationToken)
                : 0;
            result.Add((kind, moved));
        }

        return result;
    }

    /// <summary>[[id, "at", "user" or null, from or null, to or null, 1 or 0, token or null], …], times as in
    /// <see cref="SqliteRows"/>.</summary>
    private static string SqliteVisits(List<Visit> visits, Func<Visit, long?> tokenOf)
    {
        var buffer = new ArrayBufferWriter<byte>(visits.Count * 96);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            Span<char> at = stackalloc char[32];
            foreach (var visit in visits)
            {
                json.WriteStartArray();
                json.WriteNumberValue(visit.Id);
                UtcDateTimeConverter.Stored(visit.At).TryFormat(at, out var written, SqliteDateTimeFormat, CultureInfo.InvariantCulture);
                json.WriteStringValue(at[..written]);
                if (visit.User is null) json.WriteNullValue();
                else json.WriteStringValue(visit.User);
                if (visit.Move is { } move)
                {
                    json.WriteNumberValue((int)move.From);
                    json.WriteNumberValue((int)move.To);
                    json.WriteNumberValue(move.To == DeviceStatus.Active ? 1 : 0);
                    json.WriteNumberValue(tokenOf(visit)!.Value);
                }
                else
                {
                    json.WriteNullValue();
                    json.WriteNullValue();
                    json.WriteNumberValue(0);
                    json.WriteNullValue();
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
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
                        PortalText.Get("The device is still Registration Pending; it becomes Active at a check-in once it is Ready for user."))
                    : null;
            return failed.Contains(checkIn.SerialKey)
                ? new CheckInProblem(checkIn.Index, checkIn.SerialNumber, CheckInProblemKind.RegistrationFailed,
                    PortalText.Get("The device's registration failed; fix and retry it before it can become Active."))
                : new CheckInProblem(checkIn.Index, checkIn.SerialNumber, CheckInProblemKind.UnknownDevice,
                    PortalText.Get("Your organisation has no registered device with this manufacturer and serial number."));
        }
    }
}
