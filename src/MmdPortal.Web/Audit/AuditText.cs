using MmdPortal.Data.Audit;
using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Audit;

/// <summary>An audit entry as the /Audit page shows it: in the reader's language. What is stored stays as recorded
/// (the action's code, an English actor or detail key with its values), so that the record reads the same whoever
/// looks at the database or an export of it.</summary>
public static class AuditText
{
    /// <summary>The action's name for people; the stored code for an action this build does not know.</summary>
    public static string Action(string action) => action switch
    {
        AuditActions.SignIn => PortalText.Get("Sign-in"),
        AuditActions.SignInFailed => PortalText.Get("Failed sign-in"),
        AuditActions.Upload => PortalText.Get("Upload"),
        AuditActions.UserAdded => PortalText.Get("User added"),
        AuditActions.PasswordReset => PortalText.Get("Password reset"),
        AuditActions.KeyCreated => PortalText.Get("API key created"),
        AuditActions.KeyRevoked => PortalText.Get("API key revoked"),
        AuditActions.DevicesRetried => PortalText.Get("Devices retried"),
        AuditActions.DevicesDeregistered => PortalText.Get("Devices deregistered"),
        AuditActions.DevicesAssigned => PortalText.Get("Devices assigned"),
        AuditActions.HardwareHashesExported => PortalText.Get("Hardware hashes exported"),
        AuditActions.ReleaseRequested => PortalText.Get("Release requested"),
        AuditActions.ReleaseDecided => PortalText.Get("Release decided"),
        AuditActions.CatalogModelAdded => PortalText.Get("Catalog model added"),
        AuditActions.CatalogModelRemoved => PortalText.Get("Catalog model removed"),
        AuditActions.LicenceAdded => PortalText.Get("Licence added"),
        AuditActions.LicenceRemoved => PortalText.Get("Licence removed"),
        AuditActions.LicencesImported => PortalText.Get("Licences imported"),
        AuditActions.ImagesChecked => PortalText.Get("Images checked"),
        AuditActions.DeviceDelivered => PortalText.Get("Device delivered"),
        _ => action,
    };

    /// <summary>The actor: a user or key name as stored, and the words the portal itself records translated.</summary>
    public static string Actor(string actor) => actor switch
    {
        "unknown" => PortalText.Get("unknown"),
        "another organization" => PortalText.Get("another organization"),
        _ => actor,
    };

    /// <summary>The detail in the reader's language; an entry stored before details had values is translated when
    /// it is a known text, else shown as stored.</summary>
    public static string? Detail(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return StoredText.Show(entry.Detail, entry.DetailArgs);
    }
}
