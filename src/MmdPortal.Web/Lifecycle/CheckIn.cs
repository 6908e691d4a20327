namespace MmdPortal.Web.Lifecycle;

/// <summary>One device's check-in as an agent sends it. <see cref="At"/> is text so that a date that cannot be read
/// is one item's problem, not a body the whole call fails on.</summary>
public sealed record CheckIn(string? SerialNumber, string? Manufacturer, string? Model, string? UserPrincipalName, string? At);

/// <summary>The body of <c>POST /api/v1/checkins</c>.</summary>
public sealed record CheckInRequest(IReadOnlyList<CheckIn?>? Devices);
