using System.Globalization;
using System.Runtime.CompilerServices;
using MmdPortal.Data;
using MmdPortal.Data.Devices;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Devices;

/// <summary>Writes device timelines in sets. A set-based change stamps the devices it changes with a fresh
/// <see cref="Device.ChangeToken"/>; <see cref="RecordAsync"/> then copies those devices into the log with one
/// INSERT … SELECT, whatever their number. Double-quoted identifiers are valid on SQLite, PostgreSQL and SQL Server.</summary>
public static class TransitionLog
{
    /// <summary>A token for one set-based change. Random, so that concurrent instances never share one.</summary>
    public static long NewToken() => Random.Shared.NextInt64(1, long.MaxValue);

    /// <summary>Logs the current status of every device stamped with <paramref name="token"/>.</summary>
    /// <param name="db">The context, inside the caller's transaction.</param>
    /// <param name="token">The change's token.</param>
    /// <param name="from">The status they all had before; null for new devices.</param>
    /// <param name="cause">Why they changed.</param>
    /// <param name="at">When.</param>
    /// <param name="actor">Who caused it.</param>
    /// <param name="cancellationToken">Cancels the statement.</param>
    public static Task<int> RecordAsync(PortalDbContext db, long token, DeviceStatus? from, TransitionCause cause,
        DateTime at, string? actor, CancellationToken cancellationToken) =>
        // Statuses and causes are our own enum values, written as literals: a NULL parameter in a SELECT list has no
        // type PostgreSQL can infer. Everything else is a parameter.
        InsertAsync(db, token, from is { } status ? ((int)status).ToString(CultureInfo.InvariantCulture) : "NULL",
            "\"Status\"", cause, at, actor, cancellationToken);

    /// <summary>Logs that every device stamped with <paramref name="token"/> left the blade, from the status it had.</summary>
    public static Task<int> RecordDeregistrationAsync(PortalDbContext db, long token, TransitionCause cause,
        DateTime at, string? actor, CancellationToken cancellationToken) =>
        InsertAsync(db, token, "\"Status\"", "NULL", cause, at, actor, cancellationToken);

    /// <summary>SQLite only: logs the current status of the devices whose ids <paramref name="idsJson"/> (a JSON
    /// array) lists, for a change that knows its devices and so need not stamp them with a token. The caller's
    /// transaction must hold SQLite's write lock from the read of those ids on, so that it changed every one.</summary>
    public static Task<int> RecordIdsAsync(PortalDbContext db, string idsJson, DeviceStatus from, TransitionCause cause,
        DateTime at, string? actor, CancellationToken cancellationToken) =>
        InsertAsync(db, idsJson, ((int)from).ToString(CultureInfo.InvariantCulture), "\"Status\"", cause, at, actor,
            cancellationToken, """ "Id" IN (SELECT "value" FROM json_each({2}))""");

    private static Task<int> InsertAsync(PortalDbContext db, object devices, string fromSql, string toSql,
        TransitionCause cause, DateTime at, string? actor, CancellationToken cancellationToken,
        string where = """ "ChangeToken" = {2}""")
    {
        var causeSql = ((int)cause).ToString(CultureInfo.InvariantCulture);
        var sql = FormattableStringFactory.Create(
            $$"""
            INSERT INTO "{{DeviceTransitionTable}}" ("OrganizationId", "DeviceId", "FromStatus", "ToStatus", "At", "Cause", "Error", "Detail", "DetailArgs", "RequestId", "Actor")
            SELECT "OrganizationId", "Id", {{fromSql}}, {{toSql}}, {0}, {{causeSql}}, "Error", "ErrorDetail", "ErrorDetailArgs", "RequestId", {1}
            FROM "Devices" WHERE{{where}}
            """,
            UtcDateTimeConverter.Stored(at), actor ?? "system", devices);
        return db.Database.ExecuteSqlAsync(sql, cancellationToken);
    }

    private const string DeviceTransitionTable = "DeviceTransitions";
}
