using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MmdPortal.Web.ApiReference;

/// <summary>Every problem the portal answers carries the Request ID it logged the call under (see
/// <c>ErrorHandling</c>); the framework's ProblemDetails schema does not know that extension.</summary>
public sealed class ProblemDetailsSchema : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (!typeof(ProblemDetails).IsAssignableFrom(context.JsonTypeInfo.Type)) return Task.CompletedTask;
        schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
        schema.Properties["requestId"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "The Request ID under which the portal logged this call: give it to support.",
        };
        schema.Description = "An error: `title` and `detail` say what to fix. Upload problems also name the `file` " +
            "and `line`; a bad item of a list its `index` and `value`.";
        schema.Examples = [ApiExampleValues.Problem()];
        return Task.CompletedTask;
    }
}
