using System.Net;
using System.Text.Json.Nodes;

namespace MmdPortal.IntegrationTests.Registrations;

public sealed class SmallBatchPortalFactory : PortalApplicationFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Upload:BatchSize"] = "3" };
}

/// <summary>An upload written three rows at a time (each batch by the provider's set-based writer), with every kind
/// of row outcome on both sides of the batch boundaries: what the admin sees is what one batch would show.</summary>
public sealed class UploadsAcrossBatchesTests(SmallBatchPortalFactory portal) : IClassFixture<SmallBatchPortalFactory>
{
    private readonly HttpClient _api = portal.CreateApiClient();

    // Lines 2-10; batches of lines 2-4, 5-7, 8-10. 7901 is already registered here and 7902 in another organisation.
    private static readonly int[] Seeds = [7903, 7904, 7901, 7903, 7905, 7902, 7906, 7906, 7904];

    // The rows that made a device of their own (the others repeat one or point at an existing device).
    private static readonly int[] OwnDevices = [0, 1, 2, 4, 5, 6];

    [Fact]
    public async Task MixedUpload_EachRowHasItsOutcomeInOrder_AndDryRunStoresNothing()
    {
        var earlier = await portal.WaitUntilCompletedAsync(_api, await portal.RegisterAsync(_api, ("first.csv", TestCsv.Autopilot(7901))));
        using var fabrikam = portal.CreateApiClient(await portal.CreateOrganizationAsync("Fabrikam"));
        await portal.WaitUntilCompletedAsync(fabrikam, await portal.RegisterAsync(fabrikam, ("theirs.csv", TestCsv.Autopilot(7902))));
        var before = await portal.CountAllAsync();

        using var dryRun = await DryRunAsync(("c.csv", TestCsv.Autopilot(Seeds)));
        var predicted = await dryRun.ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(before, await portal.CountAllAsync());
        AssertOutcomes(predicted["rows"]!.AsArray(), earlier, checkDeviceIds: false);

        var document = await portal.WaitUntilCompletedAsync(_api, await portal.RegisterAsync(_api, ("c.csv", TestCsv.Autopilot(Seeds))));

        AssertOutcomes(document["rows"]!.AsArray(), earlier, checkDeviceIds: true);
        var after = await portal.CountAllAsync();
        // New: 7903, 7904, 7905, 7906 and 7902 (failed, claimed elsewhere); 7901 was registered here already.
        Assert.Equal((before.Devices + 5, before.Requests + 1, before.Rows + 9), after);
    }

    private static void AssertOutcomes(JsonArray rows, JsonNode earlier, bool checkDeviceIds)
    {
        Assert.Equal(Enumerable.Range(2, 9), rows.Select(r => r!["line"]!.GetValue<int>()));
        Assert.Equal(["ReadyForUser", "ReadyForUser", "RegistrationFailed", "RegistrationFailed", "ReadyForUser",
                "RegistrationFailed", "ReadyForUser", "RegistrationFailed", "RegistrationFailed"],
            rows.Select(r => r!["status"]!.GetValue<string>()));
        Assert.Equal([null, null, "DeviceAlreadyRegistered", "DeviceAlreadyRegistered", null,
                "DeviceClaimedByAnotherOrganization", null, "DeviceAlreadyRegistered", "DeviceAlreadyRegistered"],
            rows.Select(r => r!["error"]?.GetValue<string>()));
        Assert.Equal("Duplicate of c.csv line 2.", rows[3]!["detail"]!.GetValue<string>());
        Assert.Equal("Duplicate of c.csv line 8.", rows[7]!["detail"]!.GetValue<string>());
        Assert.Equal("Duplicate of c.csv line 3.", rows[8]!["detail"]!.GetValue<string>());
        if (!checkDeviceIds) return;

        Guid Device(int index) => rows[index]!["deviceId"]!.GetValue<Guid>();
        Assert.Equal(earlier["rows"]![0]!["deviceId"]!.GetValue<Guid>(), Device(2));
        Assert.Equal(Device(0), Device(3));
        Assert.Equal(Device(6), Device(7));
        Assert.Equal(Device(1), Device(8));
        Assert.Equal(6, OwnDevices.Select(Device).Distinct().Count());
    }

    private async Task<HttpResponseMessage> DryRunAsync((string Name, string Content) file)
    {
        using var form = new MultipartFormDataContent { { new StringContent(file.Content), "files", file.Name } };
        return await _api.PostAsync("/api/v1/registrations?dryRun=true", form);
    }
}
