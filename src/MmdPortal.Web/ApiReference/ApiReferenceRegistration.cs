using MmdPortal.Web.Accounts;
using Scalar.AspNetCore;

namespace MmdPortal.Web.ApiReference;

/// <summary>The OpenAPI document of the v1 API (<c>/openapi/v1.json</c>) and the interactive reference rendered from
/// it (<see cref="PagePath"/>). Both are anonymous: they describe the API and hold no organisation's data.</summary>
public static class ApiReferenceRegistration
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/openapi/v1.json";
    public const string PagePath = "/api-reference";

    public static IHostApplicationBuilder AddApiReference(this IHostApplicationBuilder builder)
    {
        var entraId = EntraTenants.IsConfigured(builder.Configuration);
        builder.Services.AddOpenApi(DocumentName, options =>
        {
            options.AddDocumentTransformer(new ApiDocumentInfo(entraId));
            options.AddOperationTransformer(new ApiOperationAccess(entraId));
            options.AddOperationTransformer<MultipartUploadBody>();
            options.AddOperationTransformer<ApiExamples>();
            options.AddSchemaTransformer<ProblemDetailsSchema>();
        });
        return builder;
    }

    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        // The page's script comes from the package's assembly, not a CDN. Telemetry, the AI agent, MCP, the default
        // web fonts and the developer tools' "Share" would each reach Scalar's hosts from the admin's browser: all off.
        app.MapScalarApiReference(PagePath, options => options
                .WithTitle("MmdPortal API reference")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .AddDocument(DocumentName)
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                .DisableDefaultFonts()
                .HideClientButton()
                .HideDeveloperTools()
                .AddPreferredSecuritySchemes(ApiDocumentInfo.ApiKeyScheme)
                .WithNonce())
            .AllowAnonymous();
        return app;
    }
}
