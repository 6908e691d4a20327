using System.Net;
using System.Text.RegularExpressions;
using MmdPortal.Web.ApiReference;

namespace MmdPortal.IntegrationTests.ApiReference;

/// <summary>The interactive reference is served by the portal itself: its scripts come from the portal, and the
/// Content-Security-Policy lets exactly its own inline start-up script run.</summary>
public sealed partial class ReferencePageTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task ReferencePage_IsAnonymous_AndLoadsOnlySameOriginScriptsAndStyles()
    {
        var client = portal.CreateClient();
        using var response = await client.GetAsync(ApiReferenceRegistration.PagePath);
        var html = await response.ReadHtmlAsync();

        var sources = Source().Matches(html).Select(m => m.Groups["url"].Value).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, url => Assert.False(Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Host != "localhost",
            $"{url} is on another host"));
        Assert.DoesNotContain("//cdn", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("openapi/v1.json", html);

        foreach (var script in ScriptSource().Matches(html).Select(m => m.Groups["url"].Value))
        {
            using var asset = await client.GetAsync(new Uri(response.RequestMessage!.RequestUri!, script));
            Assert.True(asset.StatusCode == HttpStatusCode.OK, $"{script}: {(int)asset.StatusCode}");
            Assert.Equal("text/javascript", asset.Content.Headers.ContentType?.MediaType);
            Assert.True((await asset.Content.ReadAsByteArrayAsync()).Length > 1000, $"{script} is empty");
        }
    }

    [Fact]
    public async Task ReferencePage_CspAllowsItsOwnInlineScriptByNonce_AndNoOtherHost()
    {
        using var response = await portal.CreateClient().GetAsync(ApiReferenceRegistration.PagePath);
        var html = await response.ReadHtmlAsync();
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();

        var nonces = Nonce().Matches(html).Select(m => m.Groups["nonce"].Value).Distinct().ToList();
        var nonce = Assert.Single(nonces);
        Assert.Contains($"script-src 'self' 'nonce-{nonce}';", csp);
        Assert.Contains("default-src 'self';", csp);
        Assert.Contains("connect-src 'self';", csp);
        Assert.DoesNotContain("http", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        // Every script tag carries the nonce (or the browser refuses it).
        Assert.Equal(Regex.Count(html, "<script"), Nonce().Count(html));

        using var again = await portal.CreateClient().GetAsync(ApiReferenceRegistration.PagePath);
        Assert.DoesNotContain($"'nonce-{nonce}'", again.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task OtherPages_KeepTheStrictPolicy()
    {
        using var response = await portal.CreateClient().GetAsync("/Account/SignIn");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("style-src 'self';", csp);
        Assert.DoesNotContain("nonce", csp);
    }

    [Fact]
    public async Task Document_IsAnonymous()
    {
        using var response = await portal.CreateClient().GetAsync(ApiReferenceRegistration.DocumentPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [GeneratedRegex("<(?:script|link|img)\\b[^>]*?\\b(?:src|href)=\"(?<url>[^\"]+)\"")]
    private static partial Regex Source();

    [GeneratedRegex("<script\\b[^>]*?\\bsrc=\"(?<url>[^\"]+)\"")]
    private static partial Regex ScriptSource();

    [GeneratedRegex("<script\\b[^>]*?\\bnonce=\"(?<nonce>[^\"]+)\"")]
    private static partial Regex Nonce();
}
