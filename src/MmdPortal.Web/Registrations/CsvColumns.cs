namespace MmdPortal.Web.Registrations;

/// <summary>Where each known column sits in a file, recognised from its header.</summary>
internal sealed record CsvColumns(
    int SerialNumber, int HardwareHash, int Manufacturer, int Model, int ProductId, int GroupTag, int AssignedUser)
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["deviceserialnumber"] = nameof(SerialNumber),
        ["serialnumber"] = nameof(SerialNumber),
        ["hardwarehash"] = nameof(HardwareHash),
        ["manufacturer"] = nameof(Manufacturer),
        ["manufacturername"] = nameof(Manufacturer),
        ["model"] = nameof(Model),
        ["devicemodel"] = nameof(Model),
        ["windowsproductid"] = nameof(ProductId),
        ["grouptag"] = nameof(GroupTag),
        ["assigneduser"] = nameof(AssignedUser),
    };

    /// <summary>Recognises a header record, or returns null when the record is not one.</summary>
    public static CsvColumns? FromHeader(string[] header)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (Aliases.TryGetValue(Normalise(header[i]), out var column))
                found.TryAdd(column, i);
        }

        if (found.Count == 0) return null;
        int At(string name) => found.TryGetValue(name, out var index) ? index : -1;
        return new CsvColumns(At(nameof(SerialNumber)), At(nameof(HardwareHash)), At(nameof(Manufacturer)),
            At(nameof(Model)), At(nameof(ProductId)), At(nameof(GroupTag)), At(nameof(AssignedUser)));
    }

    /// <summary>Header names are matched without regard to case, spaces, underscores or quotes.</summary>
    public static string Normalise(string name)
    {
        Span<char> buffer = stackalloc char[Math.Min(name.Length, 64)];
        var length = 0;
        foreach (var c in name)
        {
            if (c is ' ' or '_' or '"' or '\'' or '-' or '\uFEFF' || char.IsWhiteSpace(c)) continue;
            if (length == buffer.Length) break;
            buffer[length++] = char.ToLowerInvariant(c);
        }

        return new string(buffer[..length]);
    }
}
