using System.Net;
using System.Text.RegularExpressions;

namespace MmdPortal.IntegrationTests.Localization;

/// <summary>Walks every page of the portal as a Dutch user and fails on common English UI words in what the user
/// sees or hears (text, placeholders, tooltips, aria-labels, button values). Code, commands, scripts and data-*
/// attributes are left out: commands, IDs and machine values stay English on purpose.</summary>
public sealed partial class NoEnglishLeftTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    /// <summary>Words that are English and not Dutch too: "Status", "Support", "Audit", "Upload", "Download",
    /// "Filter", "Model", "is" and "of" are Dutch as well, so they are left out.</summary>
    private static readonly string[] EnglishWords =
    [
        "Devices", "Device", "Register devices", "Search", "Sign out", "Sign in", "Next", "Previous", "Retry", "Delete",
        "Save", "Cancel", "Registration Pending", "Registration pending", "Registration Failed", "Registration failed",
        "Ready for user", "Active", "Inactive", "Request", "Requests", "Users", "Licences", "Releases", "Keys",
        "Organization", "Show", "Sort", "Back", "Close", "Copy", "Print", "Step",
        "Image", "Delivered", "Not checked yet", "Mark as delivered", "Validate only", "Serial number", "User name",
        "Password", "Language", "Page not found", "Something went wrong", "Error", "Loading", "Refresh", "Apply",
        "Clear", "Add", "Revoke", "Reset", "Created", "Expires", "Name", "Date", "Time", "Role",
        "Manufacturer", "Assigned user", "Reason", "What to do", "No devices", "Nothing", "Approve", "Reject",
        "the", "and", "to", "for", "with", "your", "this", "You", "Yes", "No",
    ];

    /// <summary>Names that Microsoft's Dutch documentation keeps in English.</summary>
    private static readonly string[] ProductNames = ["Active Directory", "Windows Autopilot Device Information"];

    private static readonly string[] AdminPages =
    [
        "/Devices", "/Devices?status=RegistrationFailed", "/Devices/{device}", "/Devices/{device}/HandOver",
        "/Devices/{device}/Steps", "/Devices/Guide", "/Requests", "/Requests/{request}", "/Requests/{request}?failed=true",
        "/Catalog", "/Licences", "/Releases", "/Users", "/Organization", "/Keys", "/Audit", "/Account/Denied",
        "/Error", "/Error?code=404", "/no-such-page",
    ];

    // One test per user rather than per page: sign-ins are rate-limited, and one report lists every leftover.
    [Fact]
    public async Task AdminPages_InDutch_HaveNoEnglishWords()
    {
        var (requestId, deviceId) = await portal.SeedAsync();
        var admin = await portal.SignedInClientAsync();

        var found = new List<string>();
        foreach (var path in AdminPages)
        {
            found.AddRange(await EnglishOnAsync(admin, path.Replace("{device}", deviceId.ToString(), StringComparison.Ordinal)
                .Replace("{request}", requestId.ToString(), StringComparison.Ordinal)));
        }

        Assert.True(found.Count == 0, "English on Dutch pages:\n" + string.Join("\n", found));
    }

    [Fact]
    public async Task SupportDeskAndSignedOutPages_InDutch_HaveNoEnglishWords()
    {
        var (requestId, _) = await portal.SeedAsync();
        await portal.TryCreateUserAsync("desk@provider.test", "Desk-Password-12345", "Support");
        var support = await portal.SignedInClientAsync("desk@provider.test", "Desk-Password-12345", landing: "/Support");
        var anonymous = portal.CreateClient();

        var found = new List<string>();
        found.AddRange(await EnglishOnAsync(support, "/Support"));
        found.AddRange(await EnglishOnAsync(support, $"/Support?id={requestId}"));
        found.AddRange(await EnglishOnAsync(anonymous, "/Account/SignIn"));
        found.AddRange(await EnglishOnAsync(anonymous, "/Account/SignOut"));

        Assert.True(found.Count == 0, "English on Dutch pages:\n" + string.Join("\n", found));
    }

    private static async Task<IEnumerable<string>> EnglishOnAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd("nl-NL");
        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        if (!html.Contains("<html lang=\"nl-NL\">", StringComparison.Ordinal)) return [$"{path}: not a Dutch page ({(int)response.StatusCode})"];

        var seen = ProductNames.Aggregate(VisibleText(html), (text, name) => text.Replace(name, "", StringComparison.Ordinal));
        return EnglishWords.Where(w => Regex.IsMatch(seen, $@"(?<![\p{{L}}\-]){Regex.Escape(w)}(?![\p{{L}}\-])"))
            .Select(w => $"{path}: \"{w}\" in …{Around(seen, w)}…")
            .ToList();
    }

    /// <summary>What a user reads or hears: text outside code, scripts and styles, and the attributes a browser
    /// shows or reads out; one line each.</summary>
    private static string VisibleText(string html)
    {
        var body = Hidden().Replace(html, " ");
        var spoken = Spoken().Matches(body).Select(m => m.Groups["value"].Value);
        var text = Tag().Replace(body, "\n");
        return WebUtility.HtmlDecode(string.Join("\n", spoken.Prepend(text)));
    }

    private static string Around(string text, string word)
    {
        var at = Regex.Match(text, $@"(?<![\p{{L}}\-]){Regex.Escape(word)}(?![\p{{L}}\-])").Index;
        var start = Math.Max(0, at - 40);
        return text[start..Math.Min(text.Length, at + word.Length + 40)].ReplaceLineEndings(" ");
    }

    // Also what the page itself marks as English (lang="en"): stored texts, such as the audit log's, stay English.
    [GeneratedRegex(@"<(script|style|code|pre|template)\b.*?</\1>|<(\w+)\b[^>]*\slang=""en""[^>]*>.*?</\2>",
        RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"\s(?:placeholder|title|aria-label|alt)=""(?<value>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex Spoken();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
