using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MmdPortal.Data;
using MmdPortal.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MmdPortal.IntegrationTests.Devices.Bulk;

/// <summary>The calls the bulk-action and export tests make, named for what they do.</summary>
internal static class BulkCalls
{
    /// <summary>Registers the seeds in one upload and returns their device IDs in seed order.</summary>
    public static async Task<Guid[]> RegisterAsync(PortalApplicationFactory portal, HttpClient api, params int[] seeds)
    {
        var document = await portal.WaitUntilCompletedAsync(api, await portal.RegisterAsync(api, ("devices.csv", TestCsv.Autopilot(seeds))));
        return document["rows"]!.AsArray().Select(r => r!["deviceId"]!.GetValue<Guid>()).ToArray();
    }

    public static Task<HttpResponseMessage> AssignAsync(HttpClient api, object body) =>
        api.PostAsJsonAsync("/api/v1/devices/assign", body);

    public static async Task<JsonNode> DeviceAsync(HttpClient api, Guid id)
    {
        using var response = await api.GetAsync($"/api/v1/devices/{id}");
        return await response.ReadJsonAsync();
    }

    /// <summary>Posts the blade's selection form to /Devices/Bulk as a browser does, following the redirect.</summary>
    public static async Task<HttpResponseMessage> PostBulkAsync(HttpClient browser, string action, IEnumerable<Guid> ids,
        params (string Name, string Value)[] fields)
    {
        var token = SignIn.AntiforgeryToken(await (await browser.GetAsync("/Devices")).ReadHtmlAsync());
        var form = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token), new("action", action) };
        form.AddRange(ids.Select(id => new KeyValuePair<string, string>("deviceIds", id.ToString())));
        form.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        using var content = new FormUrlEncodedContent(form);
        return await browser.PostAsync("/Devices/Bulk", content);
    }

    /// <summary>The organisation's audit entries of one action, newest first, straight from the database.</summary>
    public static async Task<List<string>> AuditDetailsAsync(PortalApplicationFactory portal, string action)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.AuditEntries.IgnoreQueryFilters().Where(e => e.Action == action)
            .OrderByDescending(e => e.Id)
            // The detail is stored as an English key and its values: read in English, as an export would.
            .Select(e => e.Actor + ": " + StoredText.English(e.Detail, e.DetailArgs)).ToListAsync();
    }
}
