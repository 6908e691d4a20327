using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace MmdPortal.Web.Registrations;

/// <summary>One column of an <see cref="InsertTable{T}"/>: its delimited name, store type and EF's mapping.</summary>
internal sealed record InsertColumn(IProperty Property, string Name, string StoreType, RelationalTypeMapping Mapping, IClrPropertyGetter Getter)
{
    /// <summary>The value as EF sends it: through the property's converters (enums as numbers, times cut to whole
    /// microseconds in UTC by <see cref="MmdPortal.Data.UtcDateTimeConverter"/>), null for a missing value.</summary>
    public object? ProviderValue(object entity)
    {
        var value = Getter.GetClrValueUsingContainingEntity(entity);
        return value is null || Mapping.Converter is not { } converter ? value : converter.ConvertToProvider(value);
    }

    /// <summary>The CLR type of <see cref="ProviderValue"/>.</summary>
    public Type ProviderType => Mapping.Converter?.ProviderClrType ?? Mapping.ClrType;
}
