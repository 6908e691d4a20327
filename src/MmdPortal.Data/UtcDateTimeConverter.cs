using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MmdPortal.Data;

/// <summary>All times are stored as UTC. SQLite hands DateTime back with an unspecified kind, which would be
/// serialised without its "Z"; this converter restores the kind on the way out. On the way in it cuts times to
/// whole microseconds, what PostgreSQL keeps, so that every provider stores and returns the same value (SQLite
/// would keep .NET's 100 ns ticks).</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => ToMicroseconds(value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime()),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc))
{
    private static DateTime ToMicroseconds(DateTime value) =>
        value.AddTicks(-(value.Ticks % TimeSpan.TicksPerMicrosecond));
}
