using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MmdPortal.Web.Devices.Hashes;

namespace MmdPortal.IntegrationTests.Lifecycle;

/// <summary>The calls the lifecycle tests make, named for what they do.</summary>
internal static class LifecycleApi
{
    /// <summary>A CSV of one device whose hash says it is the given model (the seed keeps the rest realistic).</summary>
    public static string CsvOfModel(int seed, string model)
    {
        var facts = HardwareHashBuilder.SampleFacts(seed) with { Model = model };
        return $"{TestCsv.AutopilotHeader}\r\n{facts.SerialNumber},,{HardwareHashBuilder.Build(facts)}\r\n";
    }

    public static async Task<JsonNode> RegisterOneAsync(PortalApplicationFactory portal, HttpClient api, string csv)
    {
        var document = await portal.WaitUntilCompletedAsync(api, await portal.RegisterAsync(api, ("device.csv", csv)));
        return document["rows"]![0]!;
    }

    public static async Task<JsonNode> DeviceAsync(HttpClient api, Guid id)
    {
        using var response = await api.GetAsync($"/api/v1/devices/{id}");
        return await response.ReadJsonAsync();
    }

    public static async Task<JsonArray> TimelineAsync(HttpClient api, Guid id)
    {
        using var response = await api.GetAsync($"/api/v1/devices/{id}/timeline");
        return (await response.ReadJsonAsync())["items"]!.AsArray();
    }

    public static async Task<HttpResponseMessage> RetryAsync(HttpClient api, params Guid[] ids) =>
        await api.PostAsJsonAsync("/api/v1/devices/retry", new { deviceIds = ids });

    /// <summary>Waits, without a fixed sleep, until the device reaches the status; fails after 30 s.</summary>
    public static async Task<JsonNode> WaitForStatusAsync(HttpClient api, Guid id, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var device = await DeviceAsync(api, id);
            if (device["status"]!.GetValue<string>() == status) return device;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Device {id} is not {status}: {device}");
            await Task.Delay(50);
        }
    }

    public static async Task<HttpStatusCode> StatusOfAsync(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        return response.StatusCode;
    }
}
