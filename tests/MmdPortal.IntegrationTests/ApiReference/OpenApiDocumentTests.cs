using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MmdPortal.IntegrationTests.ApiReference;

/// <summary>The OpenAPI document describes every v1 call completely enough to use it without reading the code.</summary>
public sealed partial class OpenApiDocumentTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task Document_IsOpenApi3WithInfoTagsAndTheKeyScheme()
    {
        var document = await DocumentAsync();

        Assert.StartsWith("3.", document["openapi"]!.GetValue<string>());
        Assert.Equal("MmdPortal API", document["info"]!["title"]!.GetValue<string>());
        Assert.Equal("v1", document["info"]!["version"]!.GetValue<string>());
        Assert.Contains("docs/api.md", document["info"]!["description"]!.GetValue<string>());
        var scheme = document["components"]!["securitySchemes"]!["ApiKey"]!;
        Assert.Equal("apiKey", scheme["type"]!.GetValue<string>());
        Assert.Equal("header", scheme["in"]!.GetValue<string>());
        Assert.Equal("X-Api-Key", scheme["name"]!.GetValue<string>());
        // Entra ID is not configured in this portal, so no bearer scheme is promised.
        Assert.Null(document["components"]!["securitySchemes"]!["EntraId"]);
        var tags = document["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(["Registrations", "Devices", "Releases", "Catalog", "Licences", "Check-ins", "API keys"], tags);
    }

    [Fact]
    public async Task EveryMappedV1Route_IsInTheDocument()
    {
        var document = await DocumentAsync();
        var documented = Operations(document).Select(o => $"{o.Method} {o.Path}").ToHashSet();

        var mapped = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => ("/" + e.RoutePattern.RawText!.TrimStart('/')).StartsWith("/api/v1/", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m =>
                $"{m.ToLowerInvariant()} {Constraint().Replace("/" + e.RoutePattern.RawText!.Trim('/'), "{$1}")}"))
            .ToList();

        Assert.True(mapped.Count >= 25, $"Only {mapped.Count} v1 routes were found.");
        Assert.All(mapped, route => Assert.Contains(route, documented));
        Assert.Equal(mapped.Count, documented.Count);
    }

    [Fact]
    public async Task EveryV1Operation_HasSummaryDescriptionTagSuccessAndTheAuthAnswers()
    {
        var document = await DocumentAsync();
        var known = document["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToHashSet();

        foreach (var (path, method, operation) in Operations(document))
        {
            var name = $"{method} {path}";
            Assert.False(string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()), $"{name}: no summary");
            var description = operation["description"]?.GetValue<string>() ?? "";
            Assert.True(description.Length > "**Who may call:**".Length + 60, $"{name}: no description of its own: {description}");
            Assert.Contains("**Who may call:** an API key in `X-Api-Key` with scope", description);
            var tags = operation["tags"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
            Assert.True(tags.Count == 1 && known.Contains(tags[0]), $"{name}: tags {string.Join(", ", tags)}");
            var responses = operation["responses"]!.AsObject();
            Assert.True(responses.Any(r => r.Key.StartsWith('2')), $"{name}: no 2xx answer");
            foreach (var status in new[] { "401", "403", "429" })
                Assert.True(responses.ContainsKey(status), $"{name}: no {status}");
            Assert.Equal("ApiKey", operation["security"]![0]!.AsObject().Single().Key);
            foreach (var (status, response) in responses.Where(r => r.Key[0] is '4' or '5'))
                Assert.True(response!["content"]?["application/problem+json"]?["schema"]?["$ref"]?.GetValue<string>() == "#/components/schemas/ProblemDetails",
                    $"{name}: {status} is not a ProblemDetails");
            foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
                Assert.False(string.IsNullOrWhiteSpace(parameter!["description"]?.GetValue<string>()),
                    $"{name}: parameter {parameter!["name"]} has no description");
        }
    }

    [Fact]
    public async Task Scopes_FollowThePoliciesOfTheEndpoints()
    {
        var document = await DocumentAsync();

        Assert.Equal(["admin", "read"], Scopes(document, "/api/v1/devices", "get"));
        Assert.Equal(["admin"], Scopes(document, "/api/v1/registrations", "post"));
        Assert.Equal(["admin"], Scopes(document, "/api/v1/registrations/{requestId}/failed-rows", "get"));
        Assert.Equal(["admin", "checkin"], Scopes(document, "/api/v1/checkins", "post"));
        Assert.Equal(["admin"], Scopes(document, "/api/v1/keys", "get"));
    }

    [Fact]
    public async Task ProblemDetails_CarriesTheRequestId_AsTheRealAnswersDo()
    {
        var document = await DocumentAsync();
        Assert.NotNull(document["components"]!["schemas"]!["ProblemDetails"]!["properties"]!["requestId"]);

        using var anonymous = await portal.CreateClient().GetAsync("/api/v1/devices");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrEmpty((await anonymous.Content.ReadFromJsonAsync<JsonObject>())!["requestId"]?.GetValue<string>()));

        using var reader = portal.CreateApiClient(await portal.CreateApiKeyAsync("read"));
        using var forbidden = await reader.GetAsync("/api/v1/keys");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("application/problem+json", forbidden.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Upload_IsMultipartWithFilesParts_AndAnAutopilotExample()
    {
        var document = await DocumentAsync();

        foreach (var path in new[] { "/api/v1/registrations", "/api/v1/licences/import" })
        {
            var body = document["paths"]![path]!["post"]!["requestBody"]!;
            var multipart = body["content"]!["multipart/form-data"]!;
            Assert.Equal("binary", multipart["schema"]!["properties"]!["files"]!["items"]!["format"]!.GetValue<string>());
            Assert.Contains("files", multipart["schema"]!["required"]!.AsArray().Select(r => r!.GetValue<string>()));
            Assert.NotNull(document["paths"]![path]!["post"]!["responses"]!["413"]);
            Assert.NotNull(document["paths"]![path]!["post"]!["responses"]!["415"]);
        }

        var register = document["paths"]!["/api/v1/registrations"]!["post"]!;
        var example = register["requestBody"]!["content"]!["multipart/form-data"]!["example"]!["files"]![0]!.GetValue<string>();
        Assert.StartsWith(TestCsv.AutopilotHeader + "\r\n", example);
        var accepted = register["responses"]!["202"]!["content"]!["application/json"]!["example"]!;
        Assert.Equal("Pending", accepted["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task CheckInExample_IsABodyTheApiAccepts()
    {
        var document = await DocumentAsync();
        var operation = document["paths"]!["/api/v1/checkins"]!["post"]!;
        var example = operation["requestBody"]!["content"]!["application/json"]!["example"]!;
        Assert.NotNull(operation["responses"]!["200"]!["content"]!["application/json"]!["example"]);

        using var api = portal.CreateApiClient();
        using var response = await api.PostAsync("/api/v1/checkins",
            new StringContent(example.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        var result = await response.ReadJsonAsync();
        Assert.Equal(1, result["received"]!.GetValue<int>());
    }

    [Fact]
    public async Task DevicePageExample_HasTheFieldsOfARealPage()
    {
        var document = await DocumentAsync();
        var example = document["paths"]!["/api/v1/devices"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["example"]!;
        using var api = portal.CreateApiClient();
        var requestId = await portal.RegisterAsync(api, ("example.csv", TestCsv.Autopilot(8101)));
        await portal.WaitUntilCompletedAsync(api, requestId);

        using var response = await api.GetAsync("/api/v1/devices?pageSize=1");
        var real = await response.ReadJsonAsync();

        Assert.Equal(Keys(real), Keys(example));
        Assert.Equal(Keys(real["items"]![0]!), Keys(example["items"]![0]!));
    }

    [Fact]
    public async Task AssignExample_IsABodyTheApiAccepts()
    {
        var document = await DocumentAsync();
        var example = document["paths"]!["/api/v1/devices/assign"]!["post"]!["requestBody"]!["content"]!["application/json"]!["example"]!;

        using var api = portal.CreateApiClient();
        using var response = await api.PostAsync("/api/v1/devices/assign",
            new StringContent(example.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        // The example names a device of no one's: the call succeeds and lists it as a problem.
        Assert.Single((await response.ReadJsonAsync())["problems"]!.AsArray());
    }

    private async Task<JsonNode> DocumentAsync()
    {
        using var response = await portal.CreateClient().GetAsync("/openapi/v1.json");
        return await response.ReadJsonAsync();
    }

    private static IEnumerable<(string Path, string Method, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject()
            .Where(p => p.Key.StartsWith("/api/v1/", StringComparison.Ordinal) || p.Key == "/api/v1")
            .SelectMany(p => p.Value!.AsObject().Where(m => Methods.Contains(m.Key)).Select(m => (p.Key, m.Key, m.Value!)));

    private static List<string> Scopes(JsonNode document, string path, string method) =>
        document["paths"]![path]![method]!["security"]![0]!["ApiKey"]!.AsArray().Select(s => s!.GetValue<string>()).Order().ToList();

    private static List<string> Keys(JsonNode node) => node.AsObject().Select(p => p.Key).Order().ToList();

    [GeneratedRegex("\\{([^}:?]+)(:[^}]*)?\\??\\}")]
    private static partial Regex Constraint();
}
