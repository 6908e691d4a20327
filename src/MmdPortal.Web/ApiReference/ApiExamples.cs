using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MmdPortal.Web.ApiReference;

/// <summary>Request and response examples, by operation ID (the endpoint's name).</summary>
public sealed class ApiExamples : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, (Func<JsonNode>? Request, string? Status, Func<JsonNode>? Response)> Examples = new()
    {
        ["RegisterDevices"] = (ApiExampleValues.Upload, "202", ApiExampleValues.Accepted),
        ["ListDevices"] = (null, "200", ApiExampleValues.DevicePage),
        ["CheckIn"] = (ApiExampleValues.CheckIns, "200", ApiExampleValues.CheckInResult),
        ["AssignDevices"] = (ApiExampleValues.Assignment, null, null),
        ["RetryDevices"] = (ApiExampleValues.Selection, null, null),
        ["DeregisterDevices"] = (ApiExampleValues.Selection, null, null),
        ["CreateApiKey"] = (ApiExampleValues.NewApiKey, null, null),
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId is not { } id || !Examples.TryGetValue(id, out var example)) return Task.CompletedTask;

        if (example.Request is { } request)
            foreach (var content in operation.RequestBody?.Content?.Values ?? [])
                content.Example = request();
        if (example.Status is { } status && example.Response is { } response
            && operation.Responses?.TryGetValue(status, out var documented) == true)
            foreach (var content in documented.Content?.Values ?? [])
                content.Example = response();
        return Task.CompletedTask;
    }
}
