using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MmdPortal.Data;

/// <summary>All times are stored as UTC. SQLite hands DateTime back with an unspecified kind, which would be
/// serialised without its "Z"; this converter restores the kind on the way out. On the way in it cuts times to
/// whole microseconds, what PostgreSQL keeps, so that every provider stores and returns the same value (SQLite
/// would keep .NET's 100 ns ticks).</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => Stored(value),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc))
{
    /// <summary>The value as the database keeps it: UTC, whole microseconds. Raw SQL parameters do not pass through
    /// the converter, so the set-based statements give them this; comparisons with stored values then hold.</summary>
    public static DateTime Stored(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
