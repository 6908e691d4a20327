using MmdPortal.Data.Devices;
using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Devices;

/// <summary>The outcome of the registration checks for one device: ready, or failed with exactly one error. The
/// detail is a key and values, so that equal verdicts are equal (the worker writes them in groups) and each reader
/// sees the detail in their language.</summary>
public sealed record RegistrationVerdict(RegistrationError? Error, StoredText? Detail)
{
    public static readonly RegistrationVerdict Ready = new(null, null);

    public static RegistrationVerdict Failed(RegistrationError error, StoredText detail) => new(error, detail);
}
