namespace MmdPortal.Web.Lifecycle;

/// <param name="Received">Check-ins in the call.</param>
/// <param name="Updated">Check-ins applied to a registered device (including those reported as <see cref="CheckInProblemKind.ClockAhead"/>).</param>
/// <param name="Activated">Devices that became Active.</param>
/// <param name="Problems">Check-ins that were not applied, and those whose time was corrected, in call order.</param>
public sealed record CheckInResult(int Received, int Updated, int Activated, IReadOnlyList<CheckInProblem> Problems);

/// <param name="Index">The check-in's zero-based position in <c>devices</c>.</param>
/// <param name="SerialNumber">As the check-in gave it (at most 100 characters), null when it had none.</param>
/// <param name="Problem">What is wrong.</param>
/// <param name="Detail">What to do about it.</param>
public sealed record CheckInProblem(int Index, string? SerialNumber, CheckInProblemKind Problem, string Detail);

public enum CheckInProblemKind
{
    MissingSerialNumber,
    InvalidDate,
    UserPrincipalNameTooLong,
    UnknownDevice,
    RegistrationPending,
    RegistrationFailed,

    /// <summary>The only problem of a check-in that was applied: its time was too far ahead and "now" was recorded.</summary>
    ClockAhead,
}
