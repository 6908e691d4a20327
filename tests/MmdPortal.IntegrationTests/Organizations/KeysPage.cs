using System.Text.RegularExpressions;

namespace MmdPortal.IntegrationTests.Organizations;

/// <summary>Drives the API keys page the way a browser does.</summary>
public static partial class KeysPage
{
    /// <summary>Creates a key on the page; returns the page after the post and the secret it showed.</summary>
    public static async Task<(string Page, string Secret)> CreateAsync(
        HttpClient admin, string name, string scope, string? expiresOn = null, bool never = false)
    {
        var fields = new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Scope"] = scope };
        if (expiresOn is not null) fields["Input.ExpiresOn"] = expiresOn;
        if (never) fields["Input.NeverExpires"] = "true";
        using var response = await PostAsync(admin, "Create", fields);
        var page = await response.ReadHtmlAsync();
        var secret = NewKey().Match(page).Groups[1].Value;
        Assert.True(secret.Length == 0 || response.Headers.CacheControl?.NoStore == true, "The page with the new key may be cached.");
        return (page, secret);
    }

    public static Task<HttpResponseMessage> RevokeAsync(HttpClient admin, string id) =>
        PostAsync(admin, "Revoke", new Dictionary<string, string> { ["id"] = id });

    public static async Task<HttpResponseMessage> PostAsync(HttpClient admin, string handler, Dictionary<string, string> fields)
    {
        var page = await (await admin.GetAsync("/Keys")).ReadHtmlAsync();
        fields["__RequestVerificationToken"] = SignIn.AntiforgeryToken(page);
        return await admin.PostAsync($"/Keys?handler={handler}", new FormUrlEncodedContent(fields));
    }

    /// <summary>The database ID of the key named <paramref name="name"/> on <paramref name="page"/>.</summary>
    public static string IdOf(string page, string name) =>
        Regex.Match(page, $"data-key-id=\"(\\d+)\">\\s*<td>{Regex.Escape(name)}</td>").Groups[1].Value;

    [GeneratedRegex("data-new-key=\"([^\"]+)\"")]
    private static partial Regex NewKey();
}
