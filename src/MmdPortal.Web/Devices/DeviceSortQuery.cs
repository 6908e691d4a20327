using System.Text.Json;

namespace MmdPortal.Web.Devices;

/// <summary>The <c>sort</c> and <c>direction</c> query values of the blade and the API.</summary>
public static class DeviceSortQuery
{
    public static string Columns => string.Join(", ", Enum.GetValues<DeviceSort>().Select(Name));

    public static string Name(DeviceSort sort) => JsonNamingPolicy.CamelCase.ConvertName(sort.ToString());

    public static string Name(SortDirection direction) => direction == SortDirection.Descending ? "desc" : "asc";

    /// <summary>True for an absent value (the default sort) or a column name, in any case.</summary>
    public static bool TryParse(string? value, out DeviceSort sort)
    {
        sort = DeviceSort.Registered;
        if (string.IsNullOrEmpty(value)) return true;
        return Enum.TryParse(value, ignoreCase: true, out sort) && Enum.IsDefined(sort) && !value.Any(char.IsDigit);
    }

    /// <summary>True for an absent value (the column's natural direction), asc(ending) or desc(ending).</summary>
    public static bool TryParse(string? value, out SortDirection? direction)
    {
        direction = value?.ToUpperInvariant() switch
        {
            null or "" => null,
            "ASC" or "ASCENDING" => SortDirection.Ascending,
            "DESC" or "DESCENDING" => SortDirection.Descending,
            _ => (SortDirection)(-1),
        };
        return direction is null || Enum.IsDefined(direction.Value);
    }
}
