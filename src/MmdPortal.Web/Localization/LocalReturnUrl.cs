namespace MmdPortal.Web.Localization;

/// <summary>A return URL from a form is the user's to change: only a path on this site is followed, never
/// <c>//evil.example</c>, <c>/\evil.example</c> or an absolute URL (an open redirect).</summary>
public static class LocalReturnUrl
{
    public static string OrRoot(string? url) => IsLocal(url) ? url! : "/";

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}
