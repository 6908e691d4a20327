using System.Buffers;
using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Licences;

/// <summary>What the portal accepts as a user principal name, and the one form it stores.</summary>
public static class UserPrincipalNames
{
    /// <summary>The column limit of LicensedUsers and of a device's assigned user.</summary>
    public const int MaxLength = 256;

    // Entra ID refuses these in a UPN; a value holding one is a pasted display name or a list, not one user.
    private static readonly SearchValues<char> NotAllowed = SearchValues.Create(" \t\r\n,;<>()[]\"\\:");

    /// <summary>Trimmed and lower-cased, as LicensedUsers stores it and the licence check compares it.</summary>
    public static string Normalise(string value) => value.Trim().ToLowerInvariant();

    /// <summary>Why <paramref name="value"/> is not a user principal name (<c>name@domain</c>, at most 256
    /// characters), in the request's language, or null when it is one.</summary>
    public static string? Problem(string? value)
    {
        var upn = (value ?? "").Trim();
        if (upn.Length == 0) return PortalText.Get("the user principal name is empty.");
        if (upn.Length > MaxLength) return PortalText.Format("'{0}' is longer than {1} characters, the most a user principal name has.", Shorten(upn), MaxLength);
        var at = upn.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == upn.Length - 1 || upn.IndexOf('@', at + 1) >= 0 || upn.AsSpan().ContainsAny(NotAllowed)
            || upn.AsSpan().ContainsAnyInRange('\0', '\u001F') || upn[(at + 1)..].StartsWith('.') || upn.EndsWith('.'))
            return PortalText.Format("'{0}' is not a user principal name. Write it as name@domain, e.g. adele.vance@contoso.com.", Shorten(upn));
        return null;
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : string.Concat(value.AsSpan(0, 57), "...");
}
