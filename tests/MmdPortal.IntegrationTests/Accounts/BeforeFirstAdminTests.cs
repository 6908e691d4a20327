using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MmdPortal.IntegrationTests.Accounts;

/// <summary>Until the first admin exists, pages lead to the set-up page, but what machines and API readers ask for
/// still answers: a container or balancer probe must not see a redirect, nor a reader of the API reference.</summary>
public sealed class BeforeFirstAdminTests(NoAdminPortalFactory portal) : IClassFixture<NoAdminPortalFactory>
{
    [Theory]
    [InlineData("/healthz/live")]
    [InlineData("/healthz/ready")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/api-reference")]
    public async Task ProbesAndTheApiReference_AnswerBeforeSetUp(string path)
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(path, response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_LeadToTheSetUpPage()
    {
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/Devices");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Setup", response.Headers.Location!.OriginalString);
    }
}
