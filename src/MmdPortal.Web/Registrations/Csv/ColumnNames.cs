namespace MmdPortal.Web.Registrations.Csv;

/// <summary>Recognises column names as the tools admins use write them.</summary>
internal static class ColumnNames
{
    private const int MaxNameLength = 64;

    private static readonly Dictionary<string, KnownColumn> Aliases = new(StringComparer.Ordinal)
    {
        // Get-WindowsAutoPilotInfo, Intune's import and ConfigMgr's report.
        ["deviceserialnumber"] = KnownColumn.SerialNumber,
        ["windowsproductid"] = KnownColumn.ProductId,
        ["hardwarehash"] = KnownColumn.HardwareHash,
        ["grouptag"] = KnownColumn.GroupTag,
        // Intune called the group tag "Order ID" until 2020; older scripts still write it.
        ["orderid"] = KnownColumn.GroupTag,
        ["assigneduser"] = KnownColumn.AssignedUser,
        // Get-WindowsAutoPilotInfo -Partner.
        ["manufacturername"] = KnownColumn.Manufacturer,
        ["devicemodel"] = KnownColumn.Model,
        // The MMD form, and ConfigMgr custom reports (Serial_Number, HardwareHash, ProductID).
        ["manufacturer"] = KnownColumn.Manufacturer,
        ["model"] = KnownColumn.Model,
        ["serialnumber"] = KnownColumn.SerialNumber,
        ["productid"] = KnownColumn.ProductId,
        // Custom reports that keep ConfigMgr's inventory view names (v_GS_PC_BIOS.SerialNumber0,
        // v_GS_MDM_DEVDETAIL_EXT01.DeviceHardwareData0).
        ["serialnumber0"] = KnownColumn.SerialNumber,
        ["devicehardwaredata"] = KnownColumn.HardwareHash,
        ["devicehardwaredata0"] = KnownColumn.HardwareHash,
    };

    // Looked up by span, so recognising a row's first field allocates nothing.
    private static readonly Dictionary<string, KnownColumn>.AlternateLookup<ReadOnlySpan<char>> ByNormalisedName =
        Aliases.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The column a header field names, matched without regard to case, spaces, underscores, hyphens or
    /// quotes; <see cref="KnownColumn.None"/> for anything else.</summary>
    public static KnownColumn Recognise(string field)
    {
        if (field.Length > MaxNameLength) return KnownColumn.None;
        Span<char> buffer = stackalloc char[MaxNameLength];
        var length = Normalise(field, buffer);
        return ByNormalisedName.TryGetValue(buffer[..length], out var column) ? column : KnownColumn.None;
    }

    public static bool IsKnown(string field) => Recognise(field) != KnownColumn.None;

    private static int Normalise(string name, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in name)
        {
            if (c is '_' or '"' or '\'' or '-' or '\uFEFF' || char.IsWhiteSpace(c)) continue;
            buffer[length++] = char.ToLowerInvariant(c);
        }

        return length;
    }
}
