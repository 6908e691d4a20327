namespace MmdPortal.Web.Devices;

/// <summary>The blade's sortable columns; the names are the API's <c>sort</c> values. The numbers go into
/// cursors, so never renumber them. Registered (and so age) sorts by Id: devices get both at insert and
/// RegisteredAt never changes, so Id order is registration order and needs no index of its own.</summary>
public enum DeviceSort
{
    Registered = 0,
    SerialNumber = 1,
    Manufacturer = 2,
    Model = 3,
    GroupTag = 4,
    AssignedUser = 5,
    Status = 6,
    LastSeen = 7,
}

public enum SortDirection
{
    Ascending,
    Descending,
}
