using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static MmdPortal.IntegrationTests.Lifecycle.LifecycleApi;

namespace MmdPortal.IntegrationTests.Lifecycle;

/// <summary>The calls the release-request tests make: one piece of hardware registered by a holder and then
/// uploaded by a requester, whose device fails with DeviceClaimedByAnotherOrganization.</summary>
internal static class ReleaseRequestScenario
{
    /// <summary>The holder's (ready) device, the requester's (failed) device and the requester's upload.</summary>
    public sealed record ClaimedHardware(Guid HolderDevice, Guid RequesterDevice, Guid RequesterUpload, string Serial);

    public static async Task<ClaimedHardware> ClaimTwiceAsync(
        PortalApplicationFactory portal, HttpClient holder, HttpClient requester, int seed)
    {
        var held = await RegisterOneAsync(portal, holder, TestCsv.Autopilot(seed));
        Assert.Equal("ReadyForUser", held["status"]!.GetValue<string>());
        var upload = await portal.RegisterAsync(requester, ("same-hardware.csv", TestCsv.Autopilot(seed)));
        var failed = (await portal.WaitUntilCompletedAsync(requester, upload))["rows"]![0]!;
        Assert.Equal(("RegistrationFailed", "DeviceClaimedByAnotherOrganization"),
            (failed["status"]!.GetValue<string>(), failed["error"]!.GetValue<string>()));
        return new ClaimedHardware(held["deviceId"]!.GetValue<Guid>(), failed["deviceId"]!.GetValue<Guid>(), upload, TestCsv.Serial(seed));
    }

    public static Task<HttpResponseMessage> AskAsync(HttpClient api, Guid deviceId, string? note) =>
        api.PostAsJsonAsync($"/api/v1/devices/{deviceId}/release-request", new { note });

    /// <summary>Asks with a note and returns the release's Request ID.</summary>
    public static async Task<Guid> AskForAsync(HttpClient api, Guid deviceId, string note)
    {
        using var response = await AskAsync(api, deviceId, note);
        return (await response.ReadJsonAsync(System.Net.HttpStatusCode.Created))["requestId"]!.GetValue<Guid>();
    }

    /// <summary>POSTs release, decline or withdraw, with a note unless it is null.</summary>
    public static Task<HttpResponseMessage> DecideAsync(HttpClient api, Guid requestId, string action, string? note = null) =>
        api.PostAsJsonAsync($"/api/v1/release-requests/{requestId}/{action}", new { note });

    /// <summary>The raw JSON of the release-request list, to assert what it does not contain.</summary>
    public static async Task<string> ListJsonAsync(HttpClient api, Guid? deviceId = null)
    {
        using var response = await api.GetAsync("/api/v1/release-requests" + (deviceId is null ? "" : $"?deviceId={deviceId}"));
        var json = (await response.ReadJsonAsync()).ToJsonString();
        return json;
    }

    public static async Task<JsonObject> OnlyAsync(HttpClient api, string direction, Guid requestId)
    {
        var list = JsonNode.Parse(await ListJsonAsync(api))![direction]!.AsArray();
        return Assert.Single(list, r => r!["requestId"]!.GetValue<Guid>() == requestId)!.AsObject();
    }
}
