using MmdPortal.Data.Devices;

namespace MmdPortal.Web.Devices;

/// <summary>The outcome of the registration checks for one device: ready, or failed with exactly one error.</summary>
public sealed record RegistrationVerdict(RegistrationError? Error, string? Detail)
{
    public static readonly RegistrationVerdict Ready = new(null, null);

    public static RegistrationVerdict Failed(RegistrationError error, string detail) => new(error, detail);
}
