namespace MmdPortal.Data.Devices;

/// <summary>Step 4 of registering existing devices: who put the Windows image on the device. Stored as numbers;
/// 0 is the default of every device the upload writes (see Registrations/InsertTable), so it must stay "not checked".</summary>
public enum ImageSource
{
    NotChecked = 0,
    SuppliedByPartner = 1,
    AppliedByOrganization = 2,
}
