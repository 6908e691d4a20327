using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MmdPortal.IntegrationTests.Security;

public sealed class ProductionPortalFactory : PortalApplicationFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("https_port", "443");
    }
}

/// <summary>Outside Development the portal sends plain HTTP to HTTPS and tells browsers to stay there.</summary>
public sealed class HttpsOutsideDevelopmentTests(ProductionPortalFactory portal) : IClassFixture<ProductionPortalFactory>
{
    [Fact]
    public async Task PlainHttp_IsRedirectedToHttps()
    {
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost") });

        using var response = await client.GetAsync("/Account/SignIn");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://localhost/Account/SignIn", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Https_CarriesHstsAndSecureCookies()
    {
        // Cookies handled by hand, so that the response's Set-Cookie headers can be read.
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions
        {
            // HSTS is never sent to localhost (the middleware excludes it), so a real-looking host name.
            BaseAddress = new Uri("https://portal.contoso.test"), AllowAutoRedirect = false, HandleCookies = false,
        });
        using var page = await client.GetAsync("/Account/SignIn");
        var antiforgery = Assert.Single(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith("MmdPortal.Antiforgery=", StringComparison.Ordinal));
        var token = SignIn.AntiforgeryToken(await page.Content.ReadAsStringAsync());
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/SignIn")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = PortalApplicationFactory.AdminUser, ["Password"] = PortalApplicationFactory.AdminPassword,
                ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", antiforgery.Split(';')[0]);

        using var signIn = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("max-age=31536000", string.Join(" ", signIn.Headers.GetValues("Strict-Transport-Security")));
        var authCookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("MmdPortal.Auth=", StringComparison.Ordinal));
        foreach (var cookie in new[] { antiforgery, authCookie })
        {
            Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=", cookie, StringComparison.OrdinalIgnoreCase);
        }
    }
}
