namespace MmdPortal.Web.Devices;

/// <summary>What the registration checks need of a claimed device: no hash text, no tracking.</summary>
public sealed record RegistrationCandidate(
    long Id,
    int OrganizationId,
    Guid RequestId,
    string SerialNumber,
    string? Manufacturer,
    string? Model,
    string? HashSerialNumber,
    string? HashManufacturer,
    string? HashModel,
    string? HashProblem,
    string? HashProblemArgs,
    int ClaimAttempts);
