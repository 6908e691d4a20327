using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using MmdPortal.Web.Organizations;

namespace MmdPortal.Web.ApiReference;

/// <summary>The document's title, description, tags and security schemes. The Entra bearer scheme is described only
/// when Entra ID is configured, because only then does the API accept tokens.</summary>
public sealed class ApiDocumentInfo(bool entraId) : IOpenApiDocumentTransformer
{
    public const string ApiKeyScheme = "ApiKey";
    public const string BearerScheme = "EntraId";

    /// <summary>The operations' tags, in the order the reference lists them.</summary>
    public static readonly IReadOnlyList<(string Name, string Description)> Tags =
    [
        (ApiTags.Registrations, "Upload hardware-hash CSVs (the output of Get-WindowsAutoPilotInfo) and follow the request."),
        (ApiTags.Devices, "The organisation's devices: list, filter, export, retry, deregister, assign."),
        (ApiTags.Releases, "Ask the organisation holding a device's hardware to release it, and answer such requests."),
        (ApiTags.Catalog, "The hardware models the organisation's devices may be."),
        (ApiTags.Licences, "The users holding a licence, so that their devices may be delivered."),
        (ApiTags.CheckIns, "Device agents report that devices are in use."),
        (ApiTags.ApiKeys, "The organisation's API keys."),
    ];

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "MmdPortal API",
            Version = "v1",
            Description =
                "Register Windows devices by hardware hash and follow them through their lifecycle. Every call needs an " +
                "organisation API key in the `X-Api-Key` header" + (entraId ? " or an Entra ID bearer token" : "") + "; " +
                "its scope (`admin`, `read` or `checkin`) decides what it may call. Errors are `application/problem+json` " +
                "with a `requestId` to give to support.\n\n" +
                // The portal has no public home page to link to: name the file that ships with its source.
                "Getting started with curl and PowerShell (uploading the output of `Get-WindowsAutoPilotInfo`), keys, " +
                "rate limits and the values of each field: `docs/api.md` in the portal's source. This document is served " +
                "at `/openapi/v1.json`; the interactive reference at `/api-reference`.",
        };
        document.Tags = new HashSet<OpenApiTag>(Tags.Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }));

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthenticationHandler.HeaderName,
            Description = "An organisation API key (`mmd_…`), created on the portal's API keys page or with " +
                "`POST /api/v1/keys`. Its scope is `admin`, `read` or `checkin`.",
        };
        if (entraId)
        {
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "An Entra ID access token for the portal's app registration. The app role " +
                    "`MmdPortal.Admin` acts as scope `admin`, `MmdPortal.Reader` as scope `read`.",
            };
        }

        return Task.CompletedTask;
    }
}
