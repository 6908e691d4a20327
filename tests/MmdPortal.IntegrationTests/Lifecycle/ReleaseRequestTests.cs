using System.Net;
using System.Text.Json.Nodes;
using MmdPortal.Web.Organizations;
using static MmdPortal.IntegrationTests.Lifecycle.LifecycleApi;
using static MmdPortal.IntegrationTests.Lifecycle.ReleaseRequestScenario;

namespace MmdPortal.IntegrationTests.Lifecycle;

/// <summary>Two organisations settle "Device claimed by another organization" through the API: the requester asks
/// with a note, the holder releases or declines. Each side sees its own device and the notes, never the other side.</summary>
public sealed class ReleaseRequestTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    private const string Why = "Bought from the reseller in March, invoice 4471; the previous owner wiped it.";

    [Fact]
    public async Task Release_DeregistersTheHoldersDevice_RetriesTheRequesters_AndNeitherSideSeesTheOther()
    {
        var contoso = portal.CreateApiClient(await portal.CreateApiKeyAsync("Contoso", "contoso-automation"));
        var fabrikam = portal.CreateApiClient(await portal.CreateOrganizationAsync("Fabrikam", "fabrikam-automation"));
        var hardware = await ClaimTwiceAsync(portal, contoso, fabrikam, 8101);

        var requestId = await AskForAsync(fabrikam, hardware.RequesterDevice, Why);

        var asked = await OnlyAsync(contoso, "incoming", requestId);
        Assert.Equal(("Open", Why, hardware.HolderDevice, hardware.Serial),
            (asked["status"]!.GetValue<string>(), asked["note"]!.GetValue<string>(),
             asked["deviceId"]!.GetValue<Guid>(), asked["serialNumber"]!.GetValue<string>()));
        Assert.Null(asked["requestedBy"]);
        AssertSaysNothingOf(await ListJsonAsync(contoso), "fabrikam", hardware.RequesterDevice, hardware.RequesterUpload);

        using (var released = await DecideAsync(contoso, requestId, "release", "Sold it on; it is yours."))
            Assert.Equal(requestId, (await released.ReadJsonAsync())["requestId"]!.GetValue<Guid>());

        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(contoso.GetAsync($"/api/v1/devices/{hardware.HolderDevice}")));
        Assert.Equal("ReleasedToAnotherOrganization", (await TimelineAsync(contoso, hardware.HolderDevice))[^1]!["cause"]!.GetValue<string>());
        var ready = await WaitForStatusAsync(fabrikam, hardware.RequesterDevice, "ReadyForUser");
        Assert.NotEqual(hardware.RequesterUpload, ready["requestId"]!.GetValue<Guid>());
        Assert.Null(ready["error"]);
        var answer = await OnlyAsync(fabrikam, "outgoing", requestId);
        Assert.Equal(("Released", "Sold it on; it is yours.", hardware.RequesterDevice),
            (answer["status"]!.GetValue<string>(), answer["decisionNote"]!.GetValue<string>(), answer["deviceId"]!.GetValue<Guid>()));
        Assert.Null(answer["decidedBy"]);
        AssertSaysNothingOf(await ListJsonAsync(fabrikam), "contoso", hardware.HolderDevice, null);
        AssertSaysNothingOf(await ListJsonAsync(contoso), "fabrikam", hardware.RequesterDevice, hardware.RequesterUpload);
    }

    [Fact]
    public async Task Decline_LeavesBothDevices_TheRequesterSeesTheNote_AndOnlyOneDecisionCounts()
    {
        var contoso = portal.CreateApiClient();
        var fabrikam = portal.CreateApiClient(await portal.CreateOrganizationAsync("Fabrikam Decline"));
        var hardware = await ClaimTwiceAsync(portal, contoso, fabrikam, 8102);
        var requestId = await AskForAsync(fabrikam, hardware.RequesterDevice, Why);

        using (var declined = await DecideAsync(contoso, requestId, "decline", "Still in use at our Oslo office."))
            await declined.ReadJsonAsync();

        Assert.Equal("ReadyForUser", (await DeviceAsync(contoso, hardware.HolderDevice))["status"]!.GetValue<string>());
        var failed = await DeviceAsync(fabrikam, hardware.RequesterDevice);
        Assert.Equal(("RegistrationFailed", "DeviceClaimedByAnotherOrganization"),
            (failed["status"]!.GetValue<string>(), failed["error"]!.GetValue<string>()));
        var answer = await OnlyAsync(fabrikam, "outgoing", requestId);
        Assert.Equal(("Declined", "Still in use at our Oslo office."),
            (answer["status"]!.GetValue<string>(), answer["decisionNote"]!.GetValue<string>()));
        using var again = await DecideAsync(contoso, requestId, "decline");
        using var releaseAfter = await DecideAsync(contoso, requestId, "release");
        Assert.Contains("already declined", (await again.ReadJsonAsync(HttpStatusCode.Conflict))["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, releaseAfter.StatusCode);
        Assert.Equal("ReadyForUser", (await DeviceAsync(contoso, hardware.HolderDevice))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task OnlyTheRequesterWithdraws_AndOnlyTheHolderDecides()
    {
        var contoso = portal.CreateApiClient();
        var fabrikam = portal.CreateApiClient(await portal.CreateOrganizationAsync("Fabrikam Withdraw", "fabrikam-withdraw-key"));
        var hardware = await ClaimTwiceAsync(portal, contoso, fabrikam, 8103);
        var requestId = await AskForAsync(fabrikam, hardware.RequesterDevice, Why);

        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(DecideAsync(contoso, requestId, "withdraw")));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(DecideAsync(fabrikam, requestId, "release")));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(DecideAsync(fabrikam, requestId, "decline")));
        using (var withdrawn = await DecideAsync(fabrikam, requestId, "withdraw"))
            await withdrawn.ReadJsonAsync();

        Assert.Equal("Withdrawn", (await OnlyAsync(fabrikam, "outgoing", requestId))["status"]!.GetValue<string>());
        var holderView = await OnlyAsync(contoso, "incoming", requestId);
        Assert.Equal("Withdrawn", holderView["status"]!.GetValue<string>());
        Assert.Null(holderView["decidedBy"]);
        AssertSaysNothingOf(await ListJsonAsync(contoso), "fabrikam", hardware.RequesterDevice, hardware.RequesterUpload);
        Assert.Equal(HttpStatusCode.Conflict, await StatusOfAsync(DecideAsync(fabrikam, requestId, "withdraw")));
        Assert.Equal(HttpStatusCode.Conflict, await StatusOfAsync(DecideAsync(contoso, requestId, "release")));
        Assert.Equal("ReadyForUser", (await DeviceAsync(contoso, hardware.HolderDevice))["status"]!.GetValue<string>());
        Assert.NotEqual(requestId, await AskForAsync(fabrikam, hardware.RequesterDevice, "Asking again, with the invoice."));
    }

    [Fact]
    public async Task BadNotes_AreBadRequestsSayingWhatToFix_AndNothingIsStored()
    {
        var contoso = portal.CreateApiClient();
        var fabrikam = portal.CreateApiClient(await portal.CreateOrganizationAsync("Fabrikam Notes"));
        var hardware = await ClaimTwiceAsync(portal, contoso, fabrikam, 8104);

        using var missing = await AskAsync(fabrikam, hardware.RequesterDevice, null);
        using var blank = await AskAsync(fabrikam, hardware.RequesterDevice, "   ");
        using var tooLong = await AskAsync(fabrikam, hardware.RequesterDevice, new string('x', 1001));

        Assert.Contains("Write a note", (await missing.ReadJsonAsync(HttpStatusCode.BadRequest))["detail"]!.GetValue<string>());
        Assert.Contains("Write a note", (await blank.ReadJsonAsync(HttpStatusCode.BadRequest))["detail"]!.GetValue<string>());
        Assert.Contains("1001 characters long; keep it to 1000",
            (await tooLong.ReadJsonAsync(HttpStatusCode.BadRequest))["detail"]!.GetValue<string>());
        Assert.Empty(JsonNode.Parse(await ListJsonAsync(fabrikam))!["outgoing"]!.AsArray());

        var requestId = await AskForAsync(fabrikam, hardware.RequesterDevice, new string('y', 1000));
        using var longRelease = await DecideAsync(contoso, requestId, "release", new string('z', 1001));
        using var longDecline = await DecideAsync(contoso, requestId, "decline", new string('z', 1001));
        Assert.Contains("keep it to 1000", (await longRelease.ReadJsonAsync(HttpStatusCode.BadRequest))["detail"]!.GetValue<string>());
        Assert.Contains("keep it to 1000", (await longDecline.ReadJsonAsync(HttpStatusCode.BadRequest))["detail"]!.GetValue<string>());
        Assert.Equal("Open", (await OnlyAsync(contoso, "incoming", requestId))["status"]!.GetValue<string>());
        Assert.Equal("ReadyForUser", (await DeviceAsync(contoso, hardware.HolderDevice))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task AskingForADeviceThatDidNotFailThatWay_OrTwiceWhileOpen_IsAConflict()
    {
        var contoso = portal.CreateApiClient();
        var fabrikam = portal.CreateApiClient(await portal.CreateOrganizationAsync("Fabrikam Twice"));
        var hardware = await ClaimTwiceAsync(portal, contoso, fabrikam, 8105);
        var notInCatalog = (await RegisterOneAsync(portal, fabrikam, CsvOfModel(8106, "Surface Prototype 0")))["deviceId"]!.GetValue<Guid>();
        var first = await AskForAsync(fabrikam, hardware.RequesterDevice, Why);

        using var twice = await AskAsync(fabrikam, hardware.RequesterDevice, Why);
        using var ready = await AskAsync(contoso, hardware.HolderDevice, Why);
        using var otherError = await AskAsync(fabrikam, notInCatalog, Why);

        Assert.Contains($"already requested ({first})", (await twice.ReadJsonAsync(HttpStatusCode.Conflict))["detail"]!.GetValue<string>());
        Assert.Contains("Device claimed by another organization", (await ready.ReadJsonAsync(HttpStatusCode.Conflict))["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, otherError.StatusCode);
        Assert.Single(JsonNode.Parse(await ListJsonAsync(fabrikam))!["outgoing"]!.AsArray());
    }

    [Fact]
    public async Task ReadKeys_MayListButNotAskOrDecide_AndAThirdOrganisationSeesNoneOfIt()
    {
        var contoso = portal.CreateApiClient();
        var fabrikam = portal.CreateApiClient(await portal.CreateOrganizationAsync("Fabrikam Scopes"));
        var hardware = await ClaimTwiceAsync(portal, contoso, fabrikam, 8107);
        var requestId = await AskForAsync(fabrikam, hardware.RequesterDevice, Why);
        var reader = portal.CreateApiClient(await portal.CreateApiKeyAsync(ApiScopes.Read));
        var northwind = portal.CreateApiClient(await portal.CreateOrganizationAsync("Northwind"));

        Assert.Equal(HttpStatusCode.Forbidden, await StatusOfAsync(AskAsync(reader, hardware.HolderDevice, Why)));
        foreach (var action in new[] { "release", "decline", "withdraw" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, await StatusOfAsync(DecideAsync(reader, requestId, action)));
            Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(DecideAsync(northwind, requestId, action)));
        }

        Assert.Contains(requestId.ToString(), await ListJsonAsync(reader));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(AskAsync(northwind, hardware.RequesterDevice, Why)));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(AskAsync(northwind, hardware.HolderDevice, Why)));
        Assert.Equal("""{"incoming":[],"outgoing":[]}""", await ListJsonAsync(northwind));
        Assert.Equal("""{"incoming":[],"outgoing":[]}""", await ListJsonAsync(northwind, hardware.RequesterDevice));
        Assert.Equal("Open", (await OnlyAsync(contoso, "incoming", requestId))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeregisteringTheHeldDevice_SettlesTheOpenRequestAsReleased_AndRetriesTheRequester()
    {
        var contoso = portal.CreateApiClient();
        var fabrikam = portal.CreateApiClient(await portal.CreateOrganizationAsync("Fabrikam Deregister"));
        var hardware = await ClaimTwiceAsync(portal, contoso, fabrikam, 8108);
        var requestId = await AskForAsync(fabrikam, hardware.RequesterDevice, Why);

        Assert.Equal(HttpStatusCode.NoContent, await StatusOfAsync(contoso.DeleteAsync($"/api/v1/devices/{hardware.HolderDevice}")));

        Assert.Equal("Released", (await OnlyAsync(contoso, "incoming", requestId))["status"]!.GetValue<string>());
        Assert.Equal("Deregistered", (await TimelineAsync(contoso, hardware.HolderDevice))[^1]!["cause"]!.GetValue<string>());
        var ready = await WaitForStatusAsync(fabrikam, hardware.RequesterDevice, "ReadyForUser");
        Assert.NotEqual(hardware.RequesterUpload, ready["requestId"]!.GetValue<Guid>());
        var answer = await OnlyAsync(fabrikam, "outgoing", requestId);
        Assert.Equal("Released", answer["status"]!.GetValue<string>());
        Assert.Null(answer["decidedBy"]);
    }

    private static void AssertSaysNothingOf(string json, string organization, Guid device, Guid? upload)
    {
        Assert.DoesNotContain(organization, json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(device.ToString(), json, StringComparison.OrdinalIgnoreCase);
        if (upload is { } id) Assert.DoesNotContain(id.ToString(), json, StringComparison.OrdinalIgnoreCase);
    }
}
