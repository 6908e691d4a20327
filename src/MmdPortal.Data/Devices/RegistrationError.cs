namespace MmdPortal.Data.Devices;

/// <summary>Why a registration failed: the five errors of the service we clone (API codes of v1).</summary>
public enum RegistrationError
{
    DeviceNotFound = 1,
    HardwareHashNotValid = 2,
    DeviceAlreadyRegistered = 3,
    DeviceClaimedByAnotherOrganization = 4,
    UnexpectedError = 5,
}
