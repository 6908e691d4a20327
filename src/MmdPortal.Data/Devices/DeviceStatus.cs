namespace MmdPortal.Data.Devices;

/// <summary>The lifecycle states of the service we clone. Stored as numbers; the filtered unique indexes
/// in <see cref="DeviceConfiguration"/> depend on <see cref="RegistrationFailed"/> being 1.</summary>
public enum DeviceStatus
{
    RegistrationPending = 0,
    RegistrationFailed = 1,
    ReadyForUser = 2,
    Active = 3,
    Inactive = 4,
}
