using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.Organizations;

namespace MmdPortal.Web.ApiReference;

/// <summary>Describes who may call each operation from the policies the endpoint really carries (so the document
/// cannot drift from the code): the security requirement with the key scopes, a "Who may call" paragraph, and the
/// 401, 403 and 429 answers every authorised call can get.</summary>
public sealed class ApiOperationAccess(bool entraId) : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, string[]> ScopesByPolicy = new()
    {
        [Policies.ApiRead] = [ApiScopes.Admin, ApiScopes.Read],
        [Policies.ApiAdmin] = [ApiScopes.Admin],
        [Policies.ApiCheckIn] = [ApiScopes.Admin, ApiScopes.CheckIn],
    };

    private static readonly Dictionary<string, string> EntraRoleByScope = new()
    {
        [ApiScopes.Admin] = EntraAppRoles.Admin,
        [ApiScopes.Read] = EntraAppRoles.Reader,
    };

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any()) return;
        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>()
            .Where(ScopesByPolicy.ContainsKey).ToList();
        if (policies.Count == 0) return;

        // Every policy must pass (the group's and the endpoint's): the scopes allowed are those all of them allow.
        var scopes = policies.Select(p => (IEnumerable<string>)ScopesByPolicy[p]).Aggregate((a, b) => a.Intersect(b)).ToList();
        var roles = scopes.Where(EntraRoleByScope.ContainsKey).Select(s => EntraRoleByScope[s]).ToList();

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(ApiDocumentInfo.ApiKeyScheme, context.Document)] = scopes,
        });
        if (entraId && roles.Count > 0)
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(ApiDocumentInfo.BearerScheme, context.Document)] = roles,
            });

        var who = $"**Who may call:** an API key in `X-Api-Key` with scope {Either(scopes)}" +
            (entraId && roles.Count > 0 ? $", or an Entra ID bearer token with app role {Either(roles)}." : ".");
        operation.Description = string.IsNullOrEmpty(operation.Description) ? who : $"{operation.Description}\n\n{who}";

        var problem = await ProblemAsync(context, cancellationToken);
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", Response(problem, "No `X-Api-Key` header, or the key is not valid, revoked or expired."));
        operation.Responses.TryAdd("403", Response(problem, $"The key's scope is not {Either(scopes)}."));
        var tooMany = Response(problem, "The key made more calls this minute than `ApiKeys:RequestsPerMinute` allows; " +
            "`Retry-After` says how many seconds until it may call again.");
        tooMany.Headers = new Dictionary<string, IOpenApiHeader>
        {
            ["Retry-After"] = new OpenApiHeader
            {
                Description = "Seconds until the key's window resets.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
            },
        };
        operation.Responses.TryAdd("429", tooMany);
    }

    /// <summary>A reference to the document's ProblemDetails schema, registering it if no endpoint has yet.</summary>
    internal static async Task<IOpenApiSchema> ProblemAsync(OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        const string id = nameof(ProblemDetails);
        if (context.Document is not { } document) return await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
        if (document.Components?.Schemas?.ContainsKey(id) != true)
            document.AddComponent(id, await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken));
        return new OpenApiSchemaReference(id, document);
    }

    internal static OpenApiResponse Response(IOpenApiSchema problem, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new OpenApiMediaType { Schema = problem },
        },
    };

    private static string Either(IReadOnlyList<string> values) =>
        string.Join(" or ", values.Select(v => $"`{v}`"));
}
