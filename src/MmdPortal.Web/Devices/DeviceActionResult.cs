namespace MmdPortal.Web.Devices;

/// <summary>What a retry or deregistration did: the devices it acted on and, per device it could not act on, why.</summary>
/// <param name="RequestId">The retry's new request (its Request ID); null when nothing was retried or for a deregistration.</param>
/// <param name="Done">How many devices it acted on.</param>
/// <param name="Problems">The devices it left alone, each with the reason.</param>
public sealed record DeviceActionResult(Guid? RequestId, int Done, IReadOnlyList<DeviceActionProblem> Problems);

/// <param name="DeviceId">The device (its public ID).</param>
/// <param name="Problem">Why it was left alone, in words an admin can act on.</param>
public sealed record DeviceActionProblem(Guid DeviceId, string Problem);
