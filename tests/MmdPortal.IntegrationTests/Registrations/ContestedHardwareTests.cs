using System.Net;
using System.Text.Json.Nodes;

namespace MmdPortal.IntegrationTests.Registrations;

/// <summary>Two organisations upload the same hardware at the same moment (a reseller's file sent to both): exactly
/// one owns each device, the other sees every row as Device claimed by another organization, nothing is doubled.</summary>
public sealed class ContestedHardwareTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    [Theory]
    [InlineData(40_000)]
    [InlineData(41_000)]
    [InlineData(42_000)]
    public async Task SameDevicesUploadedByTwoOrganisationsAtOnce_OneOwnsEachTheOtherIsToldItIsClaimed(int firstSerial)
    {
        var contoso = portal.CreateApiClient();
        using var rival = portal.CreateApiClient(await portal.CreateOrganizationAsync($"Rival {firstSerial}"));
        var csv = TestCsv.Autopilot(Enumerable.Range(firstSerial, 300).ToArray());

        var documents = await Task.WhenAll(new[] { contoso, rival }.Select(async client =>
        {
            using var response = await portal.UploadAsync(client, ("reseller.csv", csv));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Accepted, body);
            return await portal.WaitUntilCompletedAsync(client, JsonNode.Parse(body)!["requestId"]!.GetValue<Guid>());
        }));

        var serials = Enumerable.Range(firstSerial, 300).Select(TestCsv.Serial).ToHashSet();
        var owned = new List<string>();
        foreach (var client in new[] { contoso, rival })
        {
            owned.AddRange((await portal.GetDevicesAsync(client, "status=ReadyForUser"))
                .Select(d => d!["serialNumber"]!.GetValue<string>()).Where(serials.Contains));
        }

        // Every device owned once, by one organisation or the other, never by both.
        Assert.Equal(serials.OrderBy(s => s), owned.OrderBy(s => s));
        var loser = Assert.Single(documents, d => (d["counts"]!["RegistrationFailed"]?.GetValue<int>() ?? 0) > 0);
        Assert.Equal(300, loser["counts"]!["RegistrationFailed"]!.GetValue<int>());
        Assert.All(loser["rows"]!.AsArray(), row =>
            Assert.Equal("DeviceClaimedByAnotherOrganization", row!["error"]!.GetValue<string>()));
    }
}
