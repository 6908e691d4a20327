using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using MmdPortal.Web.Infrastructure;

namespace MmdPortal.Web.ApiReference;

/// <summary>Upload endpoints read their body section by section with MultipartReader, so the generator sees no
/// form parameter: this describes the <c>files</c> parts they expect, and the 413 and 415 they can answer.</summary>
public sealed class MultipartUploadBody : IOpenApiOperationTransformer
{
    public const string ContentType = "multipart/form-data";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (!metadata.OfType<UploadEndpointAttribute>().Any()) return;

        var file = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Format = "binary",
            Description = "A CSV file. UTF-8 (with or without BOM) or UTF-16 with BOM, as Windows PowerShell writes it.",
        };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "One or more CSV files, each in a multipart part named `files`.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ContentType] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "files" },
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["files"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = file },
                        },
                    },
                    Encoding = new Dictionary<string, OpenApiEncoding>
                    {
                        ["files"] = new OpenApiEncoding { ContentType = "text/csv" },
                    },
                },
            },
        };

        var problem = await ApiOperationAccess.ProblemAsync(context, cancellationToken);
        operation.Responses ??= [];
        operation.Responses.TryAdd("413", ApiOperationAccess.Response(problem,
            "The body is larger than `Upload:MaxBytes`; nothing was stored."));
        operation.Responses.TryAdd("415", ApiOperationAccess.Response(problem,
            "The body is not `multipart/form-data`."));
    }
}
