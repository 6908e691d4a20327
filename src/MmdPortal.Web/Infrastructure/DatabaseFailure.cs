using Microsoft.Data.Sqlite;
using MmdPortal.Web.Localization;
using Npgsql;

namespace MmdPortal.Web.Infrastructure;

/// <summary>Failures of the database itself rather than of the portal's code: the server is down or restarting,
/// its disk is full, the file is read-only. The same request can succeed later unchanged, so the user gets 503 and
/// what happened instead of a 500 "unexpected error". Every write of the portal that must be whole (an upload, a
/// worker pass) is one transaction, which such a failure rolls back.</summary>
public static class DatabaseFailure
{
    // In the user's language (PortalText); the API's status code and type stay the same in every language.
    public static string Title => PortalText.Get("The portal cannot use its database at the moment.");

    private static string Unreachable => PortalText.Get("The portal's database cannot be reached (it is restarting or under maintenance). Try again in a minute; uploading the same file again registers nothing twice. If it persists, give the Request ID to support.");

    private static string Full => PortalText.Get("The portal's database has no space left, so this could not be saved and nothing of it was stored. Tell the operator that the database's disk is full, then try again. Give the Request ID to support.");

    private static string ReadOnly => PortalText.Get("The portal's database is read-only at the moment (maintenance, or the file's permissions), so this could not be saved and nothing of it was stored. Try again later or tell the operator. Give the Request ID to support.");

    private static string Busy => PortalText.Get("The portal's database is busy with other work and this request waited too long for it, so nothing of it was stored. Try again in a minute; uploading the same file again registers nothing twice.");

    /// <summary>Seconds a client is asked to wait (Retry-After) before sending the same request again.</summary>
    public const int RetryAfterSeconds = 30;

    /// <summary>Whether <paramref name="exception"/> or one it wraps (EF Core wraps provider errors) is such a
    /// failure, and what to tell the user.</summary>
    public static bool TryDescribe(Exception? exception, out string detail)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            detail = e switch
            {
                // SQLITE_FULL, also what PRAGMA max_page_count causes; SQLITE_READONLY; SQLITE_IOERR, SQLITE_CANTOPEN.
                SqliteException { SqliteErrorCode: 13 } => Full,
                SqliteException { SqliteErrorCode: 8 } => ReadOnly,
                SqliteException { SqliteErrorCode: 10 or 14 } => Unreachable,
                // SQLITE_BUSY, SQLITE_LOCKED: another writer held the database past the busy timeout (120 s).
                SqliteException { SqliteErrorCode: 5 or 6 } => Busy,
                // 53300 too_many_connections: more instances' pools than the server's max_connections.
                PostgresException { SqlState: "53300" } => Busy,
                // 53100 disk_full; class 08 connection exceptions; 57P01-57P03 shutdown, crash, "starting up".
                PostgresException { SqlState: "53100" } => Full,
                PostgresException { SqlState: "25006" } => ReadOnly,
                PostgresException pg when pg.SqlState.StartsWith("08", StringComparison.Ordinal)
                    || pg.SqlState.StartsWith("57P", StringComparison.Ordinal) => Unreachable,
                PostgresException => "",
                // Not a server's answer: the connection could not be made or broke (socket, I/O, timeout).
                NpgsqlException { IsTransient: true } => Unreachable,
                _ => "",
            };
            if (detail.Length > 0) return true;
        }

        detail = "";
        return false;
    }
}
