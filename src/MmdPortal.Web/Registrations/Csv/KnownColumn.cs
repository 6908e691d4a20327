namespace MmdPortal.Web.Registrations.Csv;

/// <summary>The columns the portal reads from a hardware-hash CSV.</summary>
internal enum KnownColumn
{
    None,
    SerialNumber,
    HardwareHash,
    Manufacturer,
    Model,
    ProductId,
    GroupTag,
    AssignedUser,
}
