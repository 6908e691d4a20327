using MmdPortal.Web.Devices;
using MmdPortal.Web.Devices.Hashes;
using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Registrations;

/// <summary>A row with its hash checked and decoded and its hardware identity worked out.</summary>
internal sealed record PreparedRow(
    HardwareHashRow Row, string SerialNumber, string? Manufacturer, string? Model, StoredText? HashProblem,
    string? HashKey, string? SerialKey, HardwareHashFacts? Facts)
{
    public static PreparedRow From(HardwareHashRow row)
    {
        var check = row.HardwareHash is null
            ? new HardwareHashCheck(HardwareHashProblem.Missing, StoredText.Of(PortalText.Key("The row has no hardware hash.")), null)
            : HardwareHashDecoder.Check(row.HardwareHash);
        var facts = check.Facts;

        // What the row leaves out, the hash itself says (Get-WindowsAutoPilotInfo writes no manufacturer or model).
        var serial = row.SerialNumber ?? FieldLimits.Fit(facts?.SerialNumber) ?? "";
        var manufacturer = row.Manufacturer ?? FieldLimits.Fit(facts?.Manufacturer);
        var model = row.Model ?? FieldLimits.Fit(facts?.Model);
        return new PreparedRow(row, serial, manufacturer, model, check.IsValid ? null : check.Text,
            HardwareIdentity.HashKey(row.HardwareHash), HardwareIdentity.SerialKey(manufacturer, serial), facts);
    }
}
