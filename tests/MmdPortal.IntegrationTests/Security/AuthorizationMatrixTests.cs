using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MmdPortal.IntegrationTests.Security;

/// <summary>Every endpoint the app maps, tried as anonymous, Reader, Admin and with each key scope. A new endpoint
/// that declares no policy fails <see cref="EveryEndpoint_DeclaresWhoMayCallIt"/>.</summary>
public sealed partial class AuthorizationMatrixTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    // Open to anyone, on purpose: sign-in and set-up, the error page, health and the API description, and the
    // language switch (the sign-in page has it; it only sets the culture cookie).
    private static readonly string[] Anonymous = ["/Account/SignIn", "/Account/SignOut", "/Account/Setup", "/Account/Denied", "/Error", "/healthz", "/healthz/live", "/healthz/ready", "/openapi/{documentName}.json", "/Culture"];

    // The API reference page and its script assets, served by Scalar under one prefix: a description, no data.
    private static bool IsPublic(string route) =>
        Anonymous.Contains(route) || route.StartsWith(MmdPortal.Web.ApiReference.ApiReferenceRegistration.PagePath, StringComparison.Ordinal);

    [Fact]
    public void EveryEndpoint_DeclaresWhoMayCallIt()
    {
        foreach (var (route, endpoint) in Endpoints())
        {
            var open = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
            Assert.True(open ? IsPublic(route) : policies.Any(p => p.Policy is not null),
                $"{route} must name a policy (or be on the anonymous list if it really is public).");
        }
    }

    [Fact]
    public async Task Anonymous_GetsNothingButThePublicEndpoints()
    {
        var anonymous = portal.CreateClient();
        foreach (var (route, _) in Endpoints().Where(e => !IsPublic(e.Route)))
        {
            using var response = await anonymous.GetAsync(Fill(route));
            if (route.StartsWith("/api/", StringComparison.Ordinal))
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{route}: {(int)response.StatusCode}");
            else
                Assert.True(response.IsSignInPage(), $"{route}: anonymous reached {response.RequestMessage!.RequestUri}");
        }
    }

    [Fact]
    public async Task ReadKey_ReadsButCannotRegisterNorDownloadHashes()
    {
        var reader = portal.CreateApiClient(await portal.CreateApiKeyAsync("read"));

        using var devices = await reader.GetAsync("/api/v1/devices");
        using var requests = await reader.GetAsync("/api/v1/registrations");
        using var upload = await portal.UploadAsync(reader, ("a.csv", TestCsv.Autopilot(8001)));
        using var failedRows = await reader.GetAsync($"/api/v1/registrations/{Guid.NewGuid()}/failed-rows");

        Assert.Equal(HttpStatusCode.OK, devices.StatusCode);
        Assert.Equal(HttpStatusCode.OK, requests.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, failedRows.StatusCode);
    }

    [Fact]
    public async Task CheckInKey_ReadsNothing()
    {
        var agent = portal.CreateApiClient(await portal.CreateApiKeyAsync("checkin"));

        foreach (var (route, _) in Endpoints().Where(e => e.Route.StartsWith("/api/", StringComparison.Ordinal)))
        {
            using var response = await agent.GetAsync(Fill(route));
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.MethodNotAllowed,
                $"{route}: {(int)response.StatusCode}");
        }
    }

    private IEnumerable<(string Route, RouteEndpoint Endpoint)> Endpoints() =>
        portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => ("/" + e.RoutePattern.RawText!.TrimStart('/'), e))
            .DistinctBy(e => e.Item1);

    private static string Fill(string route) => RouteParameter().Replace(route, Guid.NewGuid().ToString());

    [GeneratedRegex("\\{[^}]+\\}")]
    private static partial Regex RouteParameter();
}
