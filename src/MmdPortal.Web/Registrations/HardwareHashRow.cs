namespace MmdPortal.Web.Registrations;

/// <summary>One data row of an uploaded file, as written, before any rule is applied.</summary>
public sealed record HardwareHashRow(
    string File,
    int Line,
    string? SerialNumber,
    string? Manufacturer,
    string? Model,
    string? ProductId,
    string? HardwareHash,
    string? GroupTag,
    string? AssignedUser);
