using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MmdPortal.IntegrationTests.Security;

/// <summary>Every endpoint that takes an ID, called by another organisation with Contoso's real IDs (by page as
/// its admin, by API with its admin key): always 404, never Contoso's data. Isolation is central (the query
/// filter), and this test enumerates the endpoints, so a new one is tried as soon as it is mapped.</summary>
public sealed partial class CrossOrganizationTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task AnotherOrganisation_GetsNotFoundForEveryContosoId()
    {
        var contoso = portal.CreateApiClient();
        var requestId = await portal.RegisterAsync(contoso, ("secret.csv", TestCsv.AutopilotWith([9701], ("SECRET-BAD", "T0E="))));
        var document = await portal.WaitUntilCompletedAsync(contoso, requestId);
        var deviceId = document["rows"]![0]!["deviceId"]!.GetValue<Guid>();
        var keyId = (await (await contoso.GetAsync("/api/v1/keys")).ReadJsonAsync())["items"]![0]!["id"]!.GetValue<int>();
        using (var licence = await contoso.PostAsync("/api/v1/licences", JsonContent.Create(new { userPrincipalNames = Licensed })))
            await licence.ReadJsonAsync();
        var values = new Dictionary<string, string>
        {
            ["id"] = deviceId.ToString(), ["requestId"] = requestId.ToString(), ["documentName"] = "v1",
            ["upn"] = Uri.EscapeDataString(Licensed[0]),
        };
        var fabrikamKey = await portal.CreateOrganizationAsync("Fabrikam");
        await portal.CreateOrganizationWithAdminAsync("Woodgrove", "admin@woodgrove.test", "Woodgrove-Password-1");
        var fabrikamApi = portal.CreateApiClient(fabrikamKey);
        var woodgrove = await portal.SignedInClientAsync("admin@woodgrove.test", "Woodgrove-Password-1");

        var tried = 0;
        foreach (var route in RoutesWithParameters())
        {
            if (route.StartsWith("/openapi", StringComparison.Ordinal) || route.StartsWith("/api-reference", StringComparison.Ordinal)) continue;
            var api = route.StartsWith("/api/", StringComparison.Ordinal);
            var url = Parameter().Replace(route, m => route.StartsWith("/api/v1/keys", StringComparison.Ordinal)
                ? keyId.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : values[m.Groups[1].Value.Split(':')[0]]);
            using var response = api ? await fabrikamApi.GetAsync(url) : await woodgrove.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed,
                $"{url}: {(int)response.StatusCode}");
            Assert.DoesNotContain(TestCsv.Serial(9701), body);
            Assert.DoesNotContain("secret.csv", body);
            tried++;
        }

        using var revoke = await fabrikamApi.DeleteAsync($"/api/v1/keys/{keyId}");
        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        using var unlicense = await fabrikamApi.DeleteAsync($"/api/v1/licences/{Uri.EscapeDataString(Licensed[0])}");
        Assert.Equal(HttpStatusCode.NotFound, unlicense.StatusCode);
        Assert.DoesNotContain(Licensed[0], await (await fabrikamApi.GetAsync("/api/v1/licences")).Content.ReadAsStringAsync());
        using var failedRows = await woodgrove.GetAsync($"/Requests/{requestId}?handler=FailedRows");
        Assert.Equal(HttpStatusCode.NotFound, failedRows.StatusCode);
        Assert.True(tried >= 5, $"Only {tried} endpoints with IDs were found.");
        Assert.Equal(HttpStatusCode.OK, (await contoso.GetAsync($"/api/v1/devices/{deviceId}")).StatusCode);
    }

    private static readonly string[] Licensed = ["contoso.secret@contoso.com"];

    private IEnumerable<string> RoutesWithParameters() =>
        portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.Contains('{', StringComparison.Ordinal))
            .Distinct();

    [GeneratedRegex("\\{([^}]+)\\}")]
    private static partial Regex Parameter();
}
