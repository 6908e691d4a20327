using MmdPortal.Web.Licences;
using MmdPortal.Web.Registrations;
using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Devices;

/// <summary>What to set on the selected devices. A field that is null stays as it is; an empty one is cleared.</summary>
/// <param name="AssignedUser">The user principal name the devices are for (<c>name@domain</c>).</param>
/// <param name="GroupTag">The group tag that picks their Autopilot profile.</param>
public sealed record DeviceAssignment(string? AssignedUser, string? GroupTag)
{
    /// <summary>What the admin has to fix before anything is changed, in the request's language, or null when the
    /// assignment can be made.</summary>
    public string? Problem()
    {
        if (AssignedUser is null && GroupTag is null)
            return PortalText.Get("Say what to set: an assigned user, a group tag or both (an empty value clears it).");
        if (AssignedUser is { } user && user.Trim().Length > 0 && UserPrincipalNames.Problem(user) is { } upnProblem)
            return PortalText.Format("The assigned user cannot be used: {0}", upnProblem);
        if (GroupTag is { } tag && tag.Trim().Length > FieldLimits.Text)
            return PortalText.Format("The group tag is {0:N0} characters long; at most {1:N0} fit.", tag.Trim().Length, FieldLimits.Text);
        if (GroupTag is { } control && control.AsSpan().ContainsAnyInRange('\0', '\u001F'))
            return PortalText.Get("The group tag holds a line break or another control character; write it on one line.");
        return null;
    }

    /// <summary>The value stored for a field: trimmed, and null for a cleared one.</summary>
    internal static string? Stored(string value) => value.Trim() is { Length: > 0 } trimmed ? trimmed : null;
}
