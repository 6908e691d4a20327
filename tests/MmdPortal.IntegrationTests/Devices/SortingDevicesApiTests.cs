using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace MmdPortal.IntegrationTests.Devices;

/// <summary>Sorting on every column, both directions, in small keyset pages: every device once, in the order one
/// big page has, with empty values after the others ascending and before them descending.</summary>
public sealed class SortingDevicesApiTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>, IAsyncLifetime
{
    private readonly HttpClient _api = portal.CreateApiClient();

    public async Task InitializeAsync()
    {
        if ((await portal.GetDevicesAsync(_api)).Count > 0) return;
        // Group tags and users repeat (ties broken by Id) or are empty (NULL); invalid hashes leave manufacturer
        // and model empty and fail, so statuses differ too.
        var csv = new StringBuilder($"{TestCsv.AutopilotHeader},Group Tag,Assigned User\r\n");
        for (var seed = 4000; seed < 4016; seed++)
            csv.Append(TestCsv.Serial(seed)).Append(",,").Append(TestCsv.Hash(seed)).Append(',')
                .Append(seed % 3 == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"Tag{seed % 4}")).Append(',')
                .Append(seed % 5 == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"user{seed % 3}@contoso.com")).Append("\r\n");
        string[] invalidHashes = ["T0E=", "T0I=", "T0M=", "T0Q="];
        for (var bad = 0; bad < 4; bad++)
            csv.Append(CultureInfo.InvariantCulture, $"SORT-BAD-{bad},,{invalidHashes[bad]},Tag{bad % 2},\r\n");
        await portal.WaitUntilCompletedAsync(_api, await portal.RegisterAsync(_api, ("sorting.csv", csv.ToString())));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("serialNumber", "serialNumber", "asc")]
    [InlineData("serialNumber", "serialNumber", "desc")]
    [InlineData("manufacturer", "manufacturer", "asc")]
    [InlineData("manufacturer", "manufacturer", "desc")]
    [InlineData("model", "model", "asc")]
    [InlineData("model", "model", "desc")]
    [InlineData("groupTag", "groupTag", "asc")]
    [InlineData("groupTag", "groupTag", "desc")]
    [InlineData("assignedUser", "assignedUser", "asc")]
    [InlineData("assignedUser", "assignedUser", "desc")]
    [InlineData("status", "status", "asc")]
    [InlineData("status", "status", "desc")]
    [InlineData("lastSeen", "lastSeenAt", "desc")]
    [InlineData("registered", "registeredAt", "asc")]
    [InlineData("registered", "registeredAt", "desc")]
    public async Task SmallPages_VisitEveryDeviceOnceInTheSortedOrder(string sort, string field, string direction)
    {
        var all = await portal.GetDevicesAsync(_api, $"sort={sort}&direction={direction}");

        var paged = new List<JsonNode>();
        string? cursor = null;
        var pages = 0;
        do
        {
            using var response = await _api.GetAsync($"/api/v1/devices?pageSize=3&sort={sort}&direction={direction}"
                + (cursor is null ? "" : $"&cursor={cursor}"));
            var page = await response.ReadJsonAsync();
            paged.AddRange(page["items"]!.AsArray().Select(i => i!));
            cursor = page["nextCursor"]?.GetValue<string>();
            Assert.True(++pages < 50, "Paging does not end.");
        } while (cursor is not null);

        var ids = paged.Select(d => d["id"]!.GetValue<Guid>()).ToList();
        Assert.Equal(20, all.Count);
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal(all.Select(d => d!["id"]!.GetValue<Guid>()), ids);

        var values = paged.Select(d => d[field]?.ToString()).ToList();
        // Empty values come together: last ascending, first descending.
        if (direction == "asc") Assert.All(values.SkipWhile(v => v is not null), Assert.Null);
        else Assert.All(values.SkipWhile(v => v is null), Assert.NotNull);

        // Equal values come together, so the order is by value first (ties broken by Id).
        var runs = values.Where(v => v is not null).Aggregate(new List<string>(), (seen, v) =>
        {
            if (seen.Count == 0 || seen[^1] != v) seen.Add(v!);
            return seen;
        });
        Assert.Equal(runs.Distinct().Count(), runs.Count);
    }

    [Fact]
    public async Task StatusSort_FollowsTheLifecycleOrder()
    {
        var statuses = (await portal.GetDevicesAsync(_api, "sort=status"))
            .Select(d => Enum.Parse<MmdPortal.Data.Devices.DeviceStatus>(d!["status"]!.GetValue<string>())).ToList();

        Assert.Equal(statuses.Order(), statuses);
        Assert.Contains(MmdPortal.Data.Devices.DeviceStatus.RegistrationFailed, statuses);
    }

    [Fact]
    public async Task ModelSortAscending_ListsEmptyModelsLast()
    {
        var models = (await portal.GetDevicesAsync(_api, "sort=model&direction=asc")).Select(d => d!["model"]?.GetValue<string>()).ToList();

        Assert.Equal(4, models.Count(m => m is null));
        Assert.All(models.TakeLast(4), Assert.Null);
        var named = models.Where(m => m is not null).ToList();
        Assert.Equal(named.Order(StringComparer.Ordinal), named, StringComparer.Ordinal);
    }

    [Theory]
    [InlineData("sort=colour", "Unknown sort column 'colour'. Use one of: registered, serialNumber, manufacturer")]
    [InlineData("sort=1", "Unknown sort column")]
    [InlineData("sort=model&direction=up", "Unknown direction")]
    public async Task BadSort_Is400SayingWhichColumnsExist(string query, string expected)
    {
        using var response = await _api.GetAsync($"/api/v1/devices?{query}");

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains(expected, problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task CursorOfAnotherSort_Is400()
    {
        using var first = await _api.GetAsync("/api/v1/devices?pageSize=2&sort=model");
        var cursor = (await first.ReadJsonAsync())["nextCursor"]!.GetValue<string>();

        using var response = await _api.GetAsync($"/api/v1/devices?pageSize=2&sort=groupTag&cursor={cursor}");

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("another sort", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task PlainIdCursor_StillPagesTheDefaultSort()
    {
        var newest = await portal.GetDevicesAsync(_api);
        var cursor = MmdPortal.Web.Infrastructure.Cursor.Encode(long.MaxValue - 1);

        using var response = await _api.GetAsync($"/api/v1/devices?pageSize=500&cursor={cursor}");

        var items = (await response.ReadJsonAsync())["items"]!.AsArray();
        Assert.Equal(newest.Select(d => d!["id"]!.GetValue<Guid>()), items.Select(d => d!["id"]!.GetValue<Guid>()));
    }

    [Fact]
    public async Task Counts_GiveEveryStatusAndNeedsLicence()
    {
        var devices = await portal.GetDevicesAsync(_api);

        using var response = await _api.GetAsync("/api/v1/devices/counts");

        var counts = (await response.ReadJsonAsync()).AsObject();
        Assert.Equal(["RegistrationPending", "RegistrationFailed", "ReadyForUser", "Active", "Inactive", "needsLicence"],
            counts.Select(c => c.Key));
        foreach (var status in Enum.GetNames<MmdPortal.Data.Devices.DeviceStatus>())
            Assert.Equal(devices.Count(d => d!["status"]!.GetValue<string>() == status), counts[status]!.GetValue<int>());
        Assert.Equal(4, counts["RegistrationFailed"]!.GetValue<int>());
        Assert.Equal(devices.Count(d => d!["needsLicence"]!.GetValue<bool>()), counts["needsLicence"]!.GetValue<int>());
        Assert.True(counts["needsLicence"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task Counts_NeedTheReadScopeOnly()
    {
        using var reader = portal.CreateApiClient(await portal.CreateApiKeyAsync(MmdPortal.Web.Organizations.ApiScopes.Read));

        using var response = await reader.GetAsync("/api/v1/devices/counts");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
