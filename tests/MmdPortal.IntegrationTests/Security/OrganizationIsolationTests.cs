using System.Net;

namespace MmdPortal.IntegrationTests.Security;

/// <summary>API keys sign in one organisation; nothing of another organisation can be seen or taken.</summary>
public sealed class OrganizationIsolationTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    private readonly HttpClient _contoso = portal.CreateApiClient();

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-key")]
    [InlineData("")]
    public async Task ApiWithoutAValidKey_Is401(string? key)
    {
        using var client = portal.CreateClient();
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);
        var before = await portal.CountAllAsync();

        using var devices = await client.GetAsync("/api/v1/devices");
        using var upload = await portal.UploadAsync(client, ("a.csv", TestCsv.Autopilot(1)));

        Assert.Equal(HttpStatusCode.Unauthorized, devices.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, upload.StatusCode);
        Assert.Equal(before, await portal.CountAllAsync());
    }

    [Fact]
    public async Task AnotherOrganisation_SeesNoneOfContososDevicesOrRequests()
    {
        var requestId = await portal.RegisterAsync(_contoso, ("contoso.csv", TestCsv.Autopilot(701)));
        var document = await portal.WaitUntilCompletedAsync(_contoso, requestId);
        var deviceId = document["rows"]![0]!["deviceId"]!.GetValue<Guid>();
        using var fabrikam = portal.CreateApiClient(await portal.CreateOrganizationAsync("Fabrikam"));

        using var device = await fabrikam.GetAsync($"/api/v1/devices/{deviceId}");
        using var request = await fabrikam.GetAsync($"/api/v1/registrations/{requestId}");
        var list = await portal.GetDevicesAsync(fabrikam);
        using var requests = await fabrikam.GetAsync("/api/v1/registrations");

        Assert.Equal(HttpStatusCode.NotFound, device.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, request.StatusCode);
        Assert.Empty(list);
        Assert.Empty((await requests.ReadJsonAsync())["items"]!.AsArray());
    }

    [Fact]
    public async Task HardwareLiveInAnotherOrganisation_IsClaimedAndStaysWithItsOwner()
    {
        var contosoRequest = await portal.WaitUntilCompletedAsync(_contoso,
            await portal.RegisterAsync(_contoso, ("contoso.csv", TestCsv.Autopilot(801))));
        using var northwind = portal.CreateApiClient(await portal.CreateOrganizationAsync("Northwind"));

        var document = await portal.WaitUntilCompletedAsync(northwind,
            await portal.RegisterAsync(northwind, ("resold.csv", TestCsv.Autopilot(801))));

        var row = document["rows"]![0]!;
        Assert.Equal("RegistrationFailed", row["status"]!.GetValue<string>());
        Assert.Equal("DeviceClaimedByAnotherOrganization", row["error"]!.GetValue<string>());
        Assert.DoesNotContain("Contoso", row["detail"]!.GetValue<string>());
        Assert.NotEqual(contosoRequest["rows"]![0]!["deviceId"]!.GetValue<Guid>(), row["deviceId"]!.GetValue<Guid>());
        var owner = Assert.Single(await portal.GetDevicesAsync(_contoso, $"search={TestCsv.Serial(801)}"))!;
        Assert.Equal("ReadyForUser", owner["status"]!.GetValue<string>());
    }
}
