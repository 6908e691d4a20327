using MmdPortal.Data.Devices;

namespace MmdPortal.Web.Devices;

/// <summary>The seed's wording for statuses and errors; the API keeps the codes.</summary>
public static class StatusText
{
    public static string For(DeviceStatus status) => status switch
    {
        DeviceStatus.RegistrationPending => "Registration Pending",
        DeviceStatus.RegistrationFailed => "Registration failed",
        DeviceStatus.ReadyForUser => "Ready for user",
        DeviceStatus.Active => "Active",
        DeviceStatus.Inactive => "Inactive",
        _ => status.ToString(),
    };

    public static string For(RegistrationError? error) => error switch
    {
        null => "",
        RegistrationError.DeviceNotFound => "Device not found",
        RegistrationError.HardwareHashNotValid => "Hardware hash not valid",
        RegistrationError.DeviceAlreadyRegistered => "Device already registered",
        RegistrationError.DeviceClaimedByAnotherOrganization => "Device claimed by another organization",
        RegistrationError.UnexpectedError => "Unexpected error",
        _ => error.ToString()!,
    };

    /// <summary>Why a device changed status, for its timeline.</summary>
    public static string For(TransitionCause cause) => cause switch
    {
        TransitionCause.Uploaded => "Uploaded",
        TransitionCause.RegistrationChecks => "Registration checks",
        TransitionCause.CheckIn => "Check-in",
        TransitionCause.NoCheckIn => "No check-in",
        TransitionCause.Retried => "Retried",
        TransitionCause.Deregistered => "Deregistered",
        TransitionCause.ReleasedToAnotherOrganization => "Released to another organization",
        _ => cause.ToString(),
    };

    /// <summary>What the admin should do about an error: the "Details" column of the troubleshooting table.</summary>
    public static string WhatToDo(RegistrationError? error) => error switch
    {
        RegistrationError.DeviceNotFound =>
            "Check the manufacturer, model and serial number against the device, correct them and register it again. If the model is supported but not in the hardware catalog, an admin adds it on the Catalog page and retries the device.",
        RegistrationError.HardwareHashNotValid =>
            "Capture the hardware hash again with Get-WindowsAutoPilotInfo and upload the new file.",
        RegistrationError.DeviceAlreadyRegistered => "No further action required.",
        RegistrationError.DeviceClaimedByAnotherOrganization =>
            "The device is registered to another organization. Ask for its release on the device page; if that does not help, contact support with the Request ID and proof of purchase.",
        RegistrationError.UnexpectedError =>
            "Register the device again. If it fails again, contact support with the Request ID.",
        _ => "",
    };

    /// <summary>The CSS modifier of a status badge.</summary>
    public static string BadgeClass(DeviceStatus status) => status switch
    {
        DeviceStatus.RegistrationPending => "badge--pending",
        DeviceStatus.RegistrationFailed => "badge--failed",
        DeviceStatus.ReadyForUser => "badge--ready",
        DeviceStatus.Active => "badge--active",
        _ => "badge--inactive",
    };
}
