using System.Net;

namespace MmdPortal.IntegrationTests.Infrastructure;

public sealed class HealthAndErrorsTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task Healthz_IsHealthyWithTheDatabaseUp()
    {
        using var response = await portal.CreateClient().GetAsync("/healthz");

        Assert.Equal("Healthy", (await response.ReadJsonAsync())["checks"]!["database"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheV1Api()
    {
        using var response = await portal.CreateClient().GetAsync("/openapi/v1.json");

        var document = await response.ReadJsonAsync();
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/v1/registrations", paths);
        Assert.Contains("/api/v1/registrations/{requestId}", paths);
        Assert.Contains("/api/v1/devices", paths);
        Assert.Contains("/api/v1/devices/{id}", paths);
        // The lifecycle calls: retry, deregister, timeline, release requests and check-ins.
        Assert.Contains("/api/v1/devices/retry", paths);
        Assert.Contains("/api/v1/devices/deregister", paths);
        Assert.Contains("/api/v1/devices/{id}/timeline", paths);
        Assert.Contains("/api/v1/devices/{id}/release-request", paths);
        Assert.Contains("/api/v1/release-requests", paths);
        Assert.Contains("/api/v1/release-requests/{requestId}/release", paths);
        Assert.Contains("/api/v1/checkins", paths);
        Assert.NotNull(document["paths"]!["/api/v1/devices/{id}"]!["delete"]);
        // The bulk calls, each with a summary.
        Assert.StartsWith("Set the assigned user", document["paths"]!["/api/v1/devices/assign"]!["post"]!["summary"]!.GetValue<string>());
        Assert.StartsWith("Every device of the filtered view", document["paths"]!["/api/v1/devices/export"]!["get"]!["summary"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnknownPage_IsAFriendlyPageWithARequestId()
    {
        using var response = await (await portal.SignedInClientAsync()).GetAsync("/no/such/page");

        var html = await response.ReadHtmlAsync(HttpStatusCode.NotFound);
        Assert.Contains("Page not found", html);
        Assert.Contains("Request ID", html);
    }

    [Fact]
    public async Task Root_LeadsToTheDevicesBlade()
    {
        using var response = await (await portal.SignedInClientAsync()).GetAsync("/");

        var html = await response.ReadHtmlAsync();
        Assert.Contains("<h1>Devices</h1>", html);
    }
}
