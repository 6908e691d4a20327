using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MmdPortal.Web.ApiReference;

/// <summary>Request and response examples, by operation ID (the endpoint's name).</summary>
public sealed class ApiExamples : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, (Func<JsonNode>? Request, (string Status, Func<JsonNode> Body)[] Responses)> Examples = new()
    {
        ["RegisterDevices"] = (ApiExampleValues.Upload, [("202", ApiExampleValues.Accepted), ("400", ApiExampleValues.Problem)]),
        ["ListDevices"] = (null, [("200", ApiExampleValues.DevicePage)]),
        ["CheckIn"] = (ApiExampleValues.CheckIns, [("200", ApiExampleValues.CheckInResult)]),
        ["AssignDevices"] = (ApiExampleValues.Assignment, []),
        ["RetryDevices"] = (ApiExampleValues.Selection, []),
        ["DeregisterDevices"] = (ApiExampleValues.Selection, []),
        ["CreateApiKey"] = (ApiExampleValues.NewApiKey, []),
    };

    // Where one operation answers two successes, say which is which.
    private static readonly Dictionary<(string Operation, string Status), string> ResponseDescriptions = new()
    {
        [("RegisterDevices", "202")] = "The request is stored; its devices are registered in the background. `Location` is the request.",
        [("RegisterDevices", "200")] = "dryRun=true: each row's predicted outcome; nothing was stored.",
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId is not { } id || !Examples.TryGetValue(id, out var example)) return Task.CompletedTask;

        if (example.Request is { } request)
            foreach (var content in operation.RequestBody?.Content?.Values ?? [])
                content.Example = request();
        foreach (var (status, body) in example.Responses)
            if (operation.Responses?.TryGetValue(status, out var documented) == true)
                foreach (var content in documented.Content?.Values ?? [])
                    content.Example = body();
        foreach (var ((operationId, status), description) in ResponseDescriptions)
            if (operationId == id && operation.Responses?.TryGetValue(status, out var response) == true && response is OpenApiResponse concrete)
                concrete.Description = description;
        return Task.CompletedTask;
    }
}
