using System.Net;
using MmdPortal.Web.Devices.Hashes;

namespace MmdPortal.IntegrationTests.Devices;

/// <summary>What an admin gets from the search box and the API's <c>search</c>: serial numbers by their start
/// (a pasted serial number finds its device), otherwise part of a serial number, model or assigned user; any case.</summary>
public sealed class SearchingDevicesTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>, IAsyncLifetime
{
    private static readonly int[] Seeds = Enumerable.Range(1200, 16).ToArray();
    private static readonly int[] Counted = [1300, 1301, 1302];
    private readonly HttpClient _api = portal.CreateApiClient();

    public async Task InitializeAsync()
    {
        if ((await portal.GetDevicesAsync(_api)).Count > 0) return;
        await portal.WaitUntilCompletedAsync(_api, await portal.RegisterAsync(_api, ("search.csv", TestCsv.Autopilot(Seeds))));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task PastedSerialInLowerCase_FindsThatDeviceOnly()
    {
        var serial = TestCsv.Serial(Seeds[3]);

        var found = await SerialsAsync(serial.ToLowerInvariant());

        Assert.Equal([serial], found);
    }

    [Fact]
    public async Task StartOfASerial_FindsEverySerialThatStartsWithIt()
    {
        var prefix = TestCsv.Serial(Seeds[5])[..2];
        var expected = Seeds.Select(TestCsv.Serial).Where(s => s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Order();

        var found = await SerialsAsync(" " + prefix.ToLowerInvariant() + " ");

        Assert.Equal(expected, found.Order());
    }

    [Fact]
    public async Task PartOfAModel_FindsTheDevicesOfThatModel()
    {
        var model = HardwareHashBuilder.SampleFacts(Seeds[0]).Model!;
        var part = model[2..^1].ToLowerInvariant();
        var expected = Seeds.Where(s => HardwareHashBuilder.SampleFacts(s).Model == model).Select(TestCsv.Serial).Order();

        var found = await SerialsAsync(part);

        Assert.Equal(expected, found.Order());
    }

    [Fact]
    public async Task EndOfASerial_StillFindsIt()
    {
        var serial = TestCsv.Serial(Seeds[7]);

        var found = await SerialsAsync(serial[^5..].ToLowerInvariant());

        Assert.Contains(serial, found);
    }

    [Fact]
    public async Task NothingMatches_IsAnEmptyList()
    {
        Assert.Empty(await SerialsAsync("no-such-device-zz"));
    }

    [Fact]
    public async Task Counts_LeaveOutDeregisteredDevices()
    {
        var other = await portal.CreateOrganizationAsync("Counting");
        using var api = portal.CreateApiClient(other);
        var csv = $"{TestCsv.AutopilotHeader},Assigned User\r\n" + string.Concat(Counted.Select(s =>
            $"{TestCsv.Serial(s)},,{TestCsv.Hash(s)},user{s}@contoso.com\r\n"));
        await portal.WaitUntilCompletedAsync(api, await portal.RegisterAsync(api, ("counted.csv", csv)));
        var gone = (await portal.GetDevicesAsync(api, $"search={TestCsv.Serial(1301)}")).Single()!["id"]!.GetValue<Guid>();
        using (var deleted = await api.DeleteAsync($"/api/v1/devices/{gone}"))
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        using var response = await api.GetAsync("/api/v1/devices/counts");
        var counts = await response.ReadJsonAsync();

        Assert.Equal((2, 0, 2), (counts["ReadyForUser"]!.GetValue<int>(), counts["Active"]!.GetValue<int>(),
            counts["needsLicence"]!.GetValue<int>()));
    }

    private async Task<List<string>> SerialsAsync(string term) =>
        (await portal.GetDevicesAsync(_api, $"search={Uri.EscapeDataString(term)}"))
        .Select(d => d!["serialNumber"]!.GetValue<string>()).ToList();
}
