using MmdPortal.Data.Devices;
using MmdPortal.Web.Catalog;
using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Devices;

/// <summary>The registration checks of one device, in the order the service we clone reports them: the first
/// that fails is the device's one error. Pure: everything it needs is in the candidate and the catalog.</summary>
/// <remarks>Not sealed on purpose: the tests make one device's checks throw, to show what an unexpected error
/// looks like to admins and to support.</remarks>
public class RegistrationChecks
{
    public virtual RegistrationVerdict Check(RegistrationCandidate device, CatalogView catalog)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(catalog);
        if (device.HashProblem is not null)
            return RegistrationVerdict.Failed(RegistrationError.HardwareHashNotValid,
                new StoredText(device.HashProblem, device.HashProblemArgs));
        if (Contradiction(device, catalog) is { } contradiction)
            return RegistrationVerdict.Failed(RegistrationError.DeviceNotFound, contradiction);
        if (device.Manufacturer is null || device.Model is null)
            return RegistrationVerdict.Failed(RegistrationError.DeviceNotFound,
                StoredText.Of(PortalText.Key("Neither the file nor the hardware hash names the device's manufacturer and model, so it cannot be matched to the hardware catalog. Add Manufacturer and Model columns to the file and upload it again.")));
        if (catalog.Find(device.Manufacturer, device.Model) is null)
            return RegistrationVerdict.Failed(RegistrationError.DeviceNotFound,
                StoredText.Of(PortalText.Key("{0} {1} is not in the hardware catalog of supported devices. If it is supported, an admin can add the model on the Catalog page and then retry the device."), device.Manufacturer, device.Model));
        return RegistrationVerdict.Ready;
    }

    /// <summary>Where the file says one thing and the hardware hash another, the file is wrong (or the hash is of
    /// another device): the service we clone answers "Device not found" for a serial number it cannot match.</summary>
    private static StoredText? Contradiction(RegistrationCandidate device, CatalogView catalog)
    {
        if (device.HashSerialNumber is { } hashSerial
            && !string.Equals(device.SerialNumber.Trim(), hashSerial.Trim(), StringComparison.OrdinalIgnoreCase))
            return StoredText.Of(PortalText.Key("The serial number in the file ({0}) is not the one inside the hardware hash ({1}). Correct the file, or capture the hardware hash on the device again, and upload it again."),
                device.SerialNumber, hashSerial);
        if (device.HashManufacturer is { } hashManufacturer && device.Manufacturer is { } manufacturer
            && !catalog.SameManufacturer(manufacturer, hashManufacturer))
            return StoredText.Of(PortalText.Key("The manufacturer in the file ({0}) is not the one inside the hardware hash ({1}). Correct the file, or capture the hardware hash on the device again, and upload it again."),
                manufacturer, hashManufacturer);
        if (device.HashModel is { } hashModel && device.Model is { } model
            && !catalog.SameModel(device.Manufacturer, model, hashModel))
            return StoredText.Of(PortalText.Key("The model in the file ({0}) is not the one inside the hardware hash ({1}). Correct the file, or capture the hardware hash on the device again, and upload it again."),
                model, hashModel);
        return null;
    }
}
