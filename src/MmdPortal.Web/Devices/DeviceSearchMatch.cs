namespace MmdPortal.Web.Devices;

/// <summary>How a search term matches devices: decided once per search (<see cref="DeviceList.ResolveAsync"/>), so
/// that every page of a listing and every batch of an export use the same rule.</summary>
public enum DeviceSearchMatch
{
    /// <summary>Serial numbers that start with the term: an index seek, whatever the organisation's size.</summary>
    SerialPrefix,

    /// <summary>No serial number starts with the term: serial numbers, models and assigned users that contain it,
    /// which reads every device of the organisation.</summary>
    Contains,
}
