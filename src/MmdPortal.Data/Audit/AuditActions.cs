namespace MmdPortal.Data.Audit;

/// <summary>The actions the audit log records, as stored.</summary>
public static class AuditActions
{
    public const string SignIn = "SignIn";
    public const string SignInFailed = "SignInFailed";
    public const string Upload = "Upload";
    public const string UserAdded = "UserAdded";
    public const string PasswordReset = "PasswordReset";
    public const string KeyCreated = "KeyCreated";
    public const string KeyRevoked = "KeyRevoked";
    public const string DevicesRetried = "DevicesRetried";
    public const string DevicesDeregistered = "DevicesDeregistered";
    public const string DevicesAssigned = "DevicesAssigned";
    public const string HardwareHashesExported = "HardwareHashesExported";
    public const string ReleaseRequested = "ReleaseRequested";
    public const string ReleaseDecided = "ReleaseDecided";
    public const string CatalogModelAdded = "CatalogModelAdded";
    public const string CatalogModelRemoved = "CatalogModelRemoved";
    public const string LicenceAdded = "LicenceAdded";
    public const string LicenceRemoved = "LicenceRemoved";
    public const string LicencesImported = "LicencesImported";
    public const string ImagesChecked = "ImagesChecked";
    public const string DeviceDelivered = "DeviceDelivered";

    public static readonly IReadOnlyList<string> All = [SignIn, SignInFailed, Upload, UserAdded, PasswordReset, KeyCreated, KeyRevoked,
        DevicesRetried, DevicesDeregistered, DevicesAssigned, HardwareHashesExported, ReleaseRequested, ReleaseDecided, CatalogModelAdded, CatalogModelRemoved,
        LicenceAdded, LicenceRemoved, LicencesImported, ImagesChecked, DeviceDelivered];
}
