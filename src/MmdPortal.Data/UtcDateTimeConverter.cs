using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MmdPortal.Data;

/// <summary>All times are stored as UTC. SQLite hands DateTime back with an unspecified kind, which would be
/// serialised without its "Z"; this converter restores the kind on the way out.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
