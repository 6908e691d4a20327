using System.Net;
using MmdPortal.Web.Devices;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MmdPortal.IntegrationTests.Infrastructure;

/// <summary>A bug must never show its stack trace or message; the user gets the Request ID for support.</summary>
public sealed class UnexpectedErrorsTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    private const string Secret = "connection string with password=hunter2";


    [Fact]
    public async Task FailingPage_ShowsAFriendlyPageWithTheRequestId()
    {
        using var factory = portal.WithWebHostBuilder(b => b.ConfigureTestServices(Break));

        var browser = factory.CreateClient();
        using var signIn = await SignIn.SignInAsync(browser, PortalApplicationFactory.AdminUser, PortalApplicationFactory.AdminPassword);

        using var response = await browser.GetAsync("/Devices");

        var html = await response.ReadHtmlAsync(HttpStatusCode.InternalServerError);
        Assert.Contains("Something went wrong", html);
        Assert.Matches("Request ID: <span class=\"request-id\" data-request-id=\"[^\"]+\"><code class=\"copyable\" [^>]*data-copy=\"\"[^>]*>[^<]+</code></span>", html);
        Assert.DoesNotContain(Secret, html);
        Assert.DoesNotContain("   at ", html);
    }

    [Fact]
    public async Task FailingApiCall_IsProblemDetailsWithTheRequestId()
    {
        using var factory = portal.WithWebHostBuilder(b => b.ConfigureTestServices(Break));
        using var api = factory.CreateClient();
        api.DefaultRequestHeaders.Add("X-Api-Key", PortalApplicationFactory.AdminKey);

        using var response = await api.GetAsync("/api/v1/devices");

        var body = await response.Content.ReadAsStringAsync();
        var problem = await response.ReadJsonAsync(HttpStatusCode.InternalServerError);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.False(string.IsNullOrEmpty(problem["requestId"]!.GetValue<string>()));
        Assert.DoesNotContain(Secret, body);
        Assert.DoesNotContain("   at ", body);
        Assert.Null(problem["exception"]);
    }

    private static void Break(IServiceCollection services) =>
        services.AddScoped<DeviceList>(_ => throw new InvalidOperationException(Secret));
}
