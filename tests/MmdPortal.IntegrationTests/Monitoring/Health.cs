using System.Net;
using System.Text.Json.Nodes;

namespace MmdPortal.IntegrationTests.Monitoring;

/// <summary>Reads a health endpoint's JSON, asserting its HTTP status.</summary>
public static class Health
{
    public static async Task<JsonNode> GetAsync(HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(path);
        var report = await response.ReadJsonAsync(expected);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return report;
    }

    public static string Status(JsonNode report, string? check = null) =>
        (check is null ? report : report["checks"]![check]!)["status"]!.GetValue<string>();

    public static string Description(JsonNode report, string check) =>
        report["checks"]![check]!["description"]!.GetValue<string>();

    public static double Data(JsonNode report, string check, string key) =>
        report["checks"]![check]!["data"]![key]!.GetValue<double>();
}
