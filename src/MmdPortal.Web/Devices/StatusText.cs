using MmdPortal.Data.Devices;
using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Devices;

/// <summary>The documentation's wording for statuses and errors, in the request's language; the API keeps the codes.</summary>
public static class StatusText
{
    public static string For(DeviceStatus status) => PortalText.Get(English(status));

    public static string For(RegistrationError? error) => error is null ? "" : PortalText.Get(English(error));

    /// <summary>The status in English whatever the request's language: exports and the audit log read the same
    /// whoever made them.</summary>
    public static string English(DeviceStatus status) => status switch
    {
        DeviceStatus.RegistrationPending => PortalText.Key("Registration Pending"),
        DeviceStatus.RegistrationFailed => PortalText.Key("Registration failed"),
        DeviceStatus.ReadyForUser => PortalText.Key("Ready for user"),
        DeviceStatus.Active => PortalText.Key("Active"),
        DeviceStatus.Inactive => PortalText.Key("Inactive"),
        _ => status.ToString(),
    };

    /// <summary>The error in English whatever the request's language, as <see cref="English(DeviceStatus)"/>.</summary>
    public static string English(RegistrationError? error) => error switch
    {
        null => "",
        RegistrationError.DeviceNotFound => PortalText.Key("Device not found"),
        RegistrationError.HardwareHashNotValid => PortalText.Key("Hardware hash not valid"),
        RegistrationError.DeviceAlreadyRegistered => PortalText.Key("Device already registered"),
        RegistrationError.DeviceClaimedByAnotherOrganization => PortalText.Key("Device claimed by another organization"),
        RegistrationError.UnexpectedError => PortalText.Key("Unexpected error"),
        _ => error.ToString()!,
    };

    /// <summary>Why a device changed status, for its timeline.</summary>
    public static string For(TransitionCause cause) => cause switch
    {
        TransitionCause.Uploaded => PortalText.Get("Uploaded"),
        TransitionCause.RegistrationChecks => PortalText.Get("Registration checks"),
        TransitionCause.CheckIn => PortalText.Get("Check-in"),
        TransitionCause.NoCheckIn => PortalText.Get("No check-in"),
        TransitionCause.Retried => PortalText.Get("Retried"),
        TransitionCause.Deregistered => PortalText.Get("Deregistered"),
        TransitionCause.ReleasedToAnotherOrganization => PortalText.Get("Released to another organization"),
        _ => cause.ToString(),
    };

    /// <summary>What the admin should do about an error: the "Details" column of the troubleshooting table.</summary>
    public static string WhatToDo(RegistrationError? error) => error switch
    {
        RegistrationError.DeviceNotFound => PortalText.Get(
            "Check the manufacturer, model and serial number against the device, correct them and register it again. If the model is supported but not in the hardware catalog, an admin adds it on the Catalog page and retries the device."),
        RegistrationError.HardwareHashNotValid => PortalText.Get(
            "Capture the hardware hash again with Get-WindowsAutoPilotInfo and upload the new file."),
        RegistrationError.DeviceAlreadyRegistered => PortalText.Get("No further action required."),
        RegistrationError.DeviceClaimedByAnotherOrganization => PortalText.Get(
            "The device is registered to another organization. Ask for its release on the device page; if that does not help, contact support with the Request ID and proof of purchase."),
        RegistrationError.UnexpectedError => PortalText.Get(
            "Register the device again. If it fails again, contact support with the Request ID."),
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
