using System.Net;
using MmdPortal.Data;
using MmdPortal.Data.Catalog;
using MmdPortal.Web.Organizations;
using Microsoft.Extensions.DependencyInjection;
using static MmdPortal.IntegrationTests.Lifecycle.LifecycleApi;

namespace MmdPortal.IntegrationTests.Lifecycle;

public sealed class RetryAndDeregisterTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task FailedDevice_RetriedOnceItsModelIsInTheCatalog_BecomesReady_AndTheTimelineShowsEveryStep()
    {
        var api = portal.CreateApiClient();
        var row = await RegisterOneAsync(portal, api, CsvOfModel(7001, "Surface Laptop Studio 9"));
        var id = row["deviceId"]!.GetValue<Guid>();
        Assert.Equal("DeviceNotFound", row["error"]!.GetValue<string>());
        Assert.Contains("not in the hardware catalog", row["detail"]!.GetValue<string>());
        await AddToCatalogAsync("Microsoft Corporation", "Surface Laptop Studio 9");

        using var retry = await RetryAsync(api, id);

        var result = await retry.ReadJsonAsync();
        Assert.Equal(1, result["done"]!.GetValue<int>());
        var retryRequest = result["requestId"]!.GetValue<Guid>();
        Assert.NotEqual(row["deviceId"]!.GetValue<Guid>(), retryRequest);
        await portal.WaitUntilCompletedAsync(api, retryRequest);
        var device = await DeviceAsync(api, id);
        Assert.Equal(("ReadyForUser", retryRequest), (device["status"]!.GetValue<string>(), device["requestId"]!.GetValue<Guid>()));
        var timeline = await TimelineAsync(api, id);
        Assert.Equal(
            ["Uploaded:->RegistrationPending", "RegistrationChecks:RegistrationPending->RegistrationFailed",
             "Retried:RegistrationFailed->RegistrationPending", "RegistrationChecks:RegistrationPending->ReadyForUser"],
            timeline.Select(t => $"{t!["cause"]}:{t["from"]}->{t["to"]}"));
        Assert.Equal("DeviceNotFound", timeline[1]!["error"]!.GetValue<string>());
        Assert.Equal(retryRequest, timeline[2]!["requestId"]!.GetValue<Guid>());
        Assert.NotEqual(retryRequest, timeline[0]!["requestId"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task Retry_OfADeviceThatDidNotFail_OrOfNoDevice_IsReportedPerDevice_AndStartsNoRequest()
    {
        var api = portal.CreateApiClient();
        var ready = (await RegisterOneAsync(portal, api, TestCsv.Autopilot(7002)))["deviceId"]!.GetValue<Guid>();
        var unknown = Guid.CreateVersion7();

        using var retry = await RetryAsync(api, ready, unknown);

        var result = await retry.ReadJsonAsync();
        Assert.Equal(0, result["done"]!.GetValue<int>());
        Assert.Null(result["requestId"]);
        var problems = result["problems"]!.AsArray().ToDictionary(p => p!["deviceId"]!.GetValue<Guid>(), p => p!["problem"]!.GetValue<string>());
        Assert.Equal("No such device.", problems[unknown]);
        Assert.Contains("Only devices whose registration failed can be retried; this one is Ready for user.", problems[ready]);
    }

    [Fact]
    public async Task Deregister_TakesTheDeviceOffTheBlade_KeepsItsTimeline_AndFreesItsHardware()
    {
        var api = portal.CreateApiClient();
        var csv = TestCsv.Autopilot(7003);
        var id = (await RegisterOneAsync(portal, api, csv))["deviceId"]!.GetValue<Guid>();

        Assert.Equal(HttpStatusCode.NoContent, await StatusOfAsync(api.DeleteAsync($"/api/v1/devices/{id}")));

        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(api.GetAsync($"/api/v1/devices/{id}")));
        Assert.DoesNotContain(await portal.GetDevicesAsync(api), d => d!["id"]!.GetValue<Guid>() == id);
        var last = (await TimelineAsync(api, id))[^1]!;
        Assert.Equal(("Deregistered", "ReadyForUser", null), (last["cause"]!.GetValue<string>(), last["from"]!.GetValue<string>(), last["to"]));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(api.DeleteAsync($"/api/v1/devices/{id}")));

        var again = await RegisterOneAsync(portal, api, csv);
        Assert.Equal(("ReadyForUser", null), (again["status"]!.GetValue<string>(), again["error"]));
        Assert.NotEqual(id, again["deviceId"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task RetryAndDeregister_NeedTheAdminScope_AndNeverReachAnotherOrganisationsDevices()
    {
        var api = portal.CreateApiClient();
        var id = (await RegisterOneAsync(portal, api, CsvOfModel(7004, "Surface Neo")))["deviceId"]!.GetValue<Guid>();
        var reader = portal.CreateApiClient(await portal.CreateApiKeyAsync(ApiScopes.Read));
        var other = portal.CreateApiClient(await portal.CreateOrganizationAsync("Northwind"));

        Assert.Equal(HttpStatusCode.Forbidden, await StatusOfAsync(RetryAsync(reader, id)));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusOfAsync(reader.DeleteAsync($"/api/v1/devices/{id}")));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(other.DeleteAsync($"/api/v1/devices/{id}")));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(other.GetAsync($"/api/v1/devices/{id}/timeline")));
        using var retried = await RetryAsync(other, id);
        Assert.Equal("No such device.", (await retried.ReadJsonAsync())["problems"]![0]!["problem"]!.GetValue<string>());
        Assert.Equal("RegistrationFailed", (await DeviceAsync(api, id))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Retry_WithoutDevices_OrWithTooMany_IsABadRequestSayingWhatToFix()
    {
        var api = portal.CreateApiClient();

        using var none = await RetryAsync(api);
        using var tooMany = await RetryAsync(api, Enumerable.Range(0, 10_001).Select(_ => Guid.NewGuid()).ToArray());

        Assert.Contains("Name the devices in deviceIds", (await none.ReadJsonAsync(HttpStatusCode.BadRequest))["detail"]!.GetValue<string>());
        Assert.Contains("at most 10,000", (await tooMany.ReadJsonAsync(HttpStatusCode.BadRequest))["detail"]!.GetValue<string>());
    }

    private async Task AddToCatalogAsync(string manufacturer, string model)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.CatalogModels.Add(new CatalogModel
        {
            OrganizationId = scope.ServiceProvider.GetRequiredService<BootstrapOrganization>().Id,
            Manufacturer = manufacturer, Model = model, AddedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    }
}
