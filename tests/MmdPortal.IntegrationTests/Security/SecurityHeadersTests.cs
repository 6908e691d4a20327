namespace MmdPortal.IntegrationTests.Security;

public sealed class SecurityHeadersTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    [Theory]
    [InlineData("/Devices")]
    [InlineData("/Requests")]
    [InlineData("/api/v1/devices")]
    [InlineData("/no/such/page")]
    public async Task EveryResponse_CarriesTheBrowserDefences(string path)
    {
        using var response = await portal.CreateApiClient().GetAsync(path);

        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Pages_HaveNoInlineScript()
    {
        var html = await (await (await portal.SignedInClientAsync()).GetAsync("/Devices")).ReadHtmlAsync();

        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", html);
        Assert.DoesNotContain(" onclick=", html);
    }

    [Fact]
    public async Task AntiforgeryCookie_IsHttpOnlyAndStrict()
    {
        using var response = await portal.CreateClient().GetAsync("/Devices");

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("MmdPortal.Antiforgery=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
