using System.Net;

namespace MmdPortal.IntegrationTests.ScaleOut;

/// <summary>Behind a TLS-terminating proxy the portal sees plain HTTP from the proxy. With
/// ASPNETCORE_FORWARDEDHEADERS_ENABLED (set in docker-compose.yml) it takes the scheme and client address from the
/// proxy's X-Forwarded-Proto and X-Forwarded-For, so its cookies are marked Secure and Entra ID redirect URIs say
/// https; without it, a forwarded header changes nothing.</summary>
public sealed class ForwardedHeadersTests
{
    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task SignInBehindAnHttpsProxy_CookieIsSecureOnlyWhenForwardedHeadersAreEnabled(bool enabled, bool secure)
    {
        using var portal = new ProxiedPortal(enabled);
        // Cookies by hand: a cookie container would rightly keep a Secure cookie from the test server's http:// URL.
        var client = portal.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        using var page = await client.GetAsync("/Account/SignIn");
        var token = SignIn.AntiforgeryToken(await page.ReadHtmlAsync());
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/SignIn")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = PortalApplicationFactory.AdminUser,
                ["Password"] = PortalApplicationFactory.AdminPassword,
                ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));

        using var response = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var authCookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("MmdPortal.Auth=", StringComparison.Ordinal));
        Assert.Equal(secure, authCookie.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    private sealed class ProxiedPortal(bool forwardedHeaders) : PortalApplicationFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            // What the ASPNETCORE_FORWARDEDHEADERS_ENABLED environment variable becomes in configuration.
            ["FORWARDEDHEADERS_ENABLED"] = forwardedHeaders ? "true" : "false",
        };
    }
}
