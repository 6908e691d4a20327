using MmdPortal.Data.Devices;
using MmdPortal.Web.Catalog;

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
            return RegistrationVerdict.Failed(RegistrationError.HardwareHashNotValid, device.HashProblem);
        if (Contradiction(device, catalog) is { } contradiction)
            return RegistrationVerdict.Failed(RegistrationError.DeviceNotFound, contradiction);
        if (device.Manufacturer is null || device.Model is null)
            return RegistrationVerdict.Failed(RegistrationError.DeviceNotFound,
                "Neither the file nor the hardware hash names the device's manufacturer and model, so it cannot be " +
                "matched to the hardware catalog. Add Manufacturer and Model columns to the file and upload it again.");
        if (catalog.Find(device.Manufacturer, device.Model) is null)
            return RegistrationVerdict.Failed(RegistrationError.DeviceNotFound,
                $"{device.Manufacturer} {device.Model} is not in the hardware catalog of supported devices. If it " +
                "is supported, an admin can add the model on the Catalog page and then retry the device.");
        return RegistrationVerdict.Ready;
    }

    /// <summary>Where the file says one thing and the hardware hash another, the file is wrong (or the hash is of
    /// another device): the service we clone answers "Device not found" for a serial number it cannot match.</summary>
    private static string? Contradiction(RegistrationCandidate device, CatalogView catalog)
    {
        if (device.HashSerialNumber is { } hashSerial
            && !string.Equals(device.SerialNumber.Trim(), hashSerial.Trim(), StringComparison.OrdinalIgnoreCase))
            return Mismatch("serial number", device.SerialNumber, hashSerial);
        if (device.HashManufacturer is { } hashManufacturer && device.Manufacturer is { } manufacturer
            && !catalog.SameManufacturer(manufacturer, hashManufacturer))
            return Mismatch("manufacturer", manufacturer, hashManufacturer);
        if (device.HashModel is { } hashModel && device.Model is { } model
            && !catalog.SameModel(device.Manufacturer, model, hashModel))
            return Mismatch("model", model, hashModel);
        return null;
    }

    private static string Mismatch(string field, string inFile, string inHash) =>
        $"The {field} in the file ({inFile}) is not the one inside the hardware hash ({inHash}). Correct the file, " +
        "or capture the hardware hash on the device again, and upload it again.";
}
