namespace MmdPortal.Data.Registrations;

public enum RequestStatus
{
    /// <summary>At least one device of the request is still Registration Pending.</summary>
    Pending = 0,
    Completed = 1,
}
