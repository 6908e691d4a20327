using System.ComponentModel;
using MmdPortal.Data;
using MmdPortal.Web.ApiReference;
using MmdPortal.Web.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

using MmdPortal.Data.Audit;
using MmdPortal.Web.Audit;
using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Organizations;

/// <summary>The organisation's API keys for scripts: list, create (the secret is in the answer, once), revoke.</summary>
public static class ApiKeysApi
{
    public static IEndpointRouteBuilder MapApiKeysApi(this IEndpointRouteBuilder app)
    {
        var keys = app.MapGroup("/api/v1/keys").RequireAuthorization(Policies.ApiAdmin)
            .RequireRateLimiting(OrganizationsRegistration.ApiRateLimit).WithTags(ApiTags.ApiKeys);
        keys.MapGet("/", ListAsync).WithName("ListApiKeys").WithSummary("The organisation's API keys, newest first.")
            .WithDescription("Each key's name, scope, creation, expiry, last use (to the minute) and revocation; never " +
                "the secrets, which the portal does not keep.");
        keys.MapPost("/", CreateAsync).WithName("CreateApiKey")
            .WithSummary("Create a key; its secret is in this answer and never again.")
            .WithDescription("`scope` is `admin`, `read` or `checkin`. The key expires at 00:00 UTC on `expiresOn` " +
                "(default: in 90 days; at most two years ahead), or never with `neverExpires`. The answer's `key` " +
                "(`mmd_…`) is shown once: the portal stores only its hash. `400` says what to fix.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        // The ID is not constrained to int so that a wrong method is a 405, not a 404, whoever calls it.
        keys.MapDelete("/{id}", RevokeAsync).WithName("RevokeApiKey").WithSummary("Revoke a key; it stops working at once.")
            .WithDescription("`204` when revoked: the next call with the key is a `401`. `404` when your organisation " +
                "has no such key.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<ApiKeyList>> ListAsync(ApiKeys keys, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ApiKeyList(await keys.ListAsync(cancellationToken)));

    private static async Task<Results<Created<CreatedApiKey>, ProblemHttpResult>> CreateAsync(
        NewApiKey request, ApiKeys keys, IOrganizationScope organization, AuditLog audit, HttpResponse response,
        CancellationToken cancellationToken)
    {
        response.Headers.CacheControl = "no-store";
        var creation = await keys.CreateAsync(organization.OrganizationId!.Value, request, cancellationToken);
        if (creation.Problem is { } problem)
            return TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: PortalText.Get("The key cannot be created."));
        var key = creation.Key!;
        await audit.RecordAsync(AuditActions.KeyCreated, key.Name, StoredText.Of(PortalText.Key("Scope {0}"), key.Scope), cancellationToken);
        return TypedResults.Created((string?)null,
            new CreatedApiKey(key.Id, key.Name, key.Scope, key.CreatedAt, key.ExpiresAt, creation.Secret!));
    }

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(
        [Description("The key's id, as the list shows it.")] int id, ApiKeys keys, AuditLog audit, CancellationToken cancellationToken)
    {
        if (!await keys.RevokeAsync(id, cancellationToken)) return TypedResults.NotFound();
        await audit.RecordAsync(AuditActions.KeyRevoked, id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, cancellationToken);
        return TypedResults.NoContent();
    }

    public sealed record ApiKeyList(IReadOnlyList<ApiKeySummary> Items);

    public sealed record CreatedApiKey(int Id, string Name, string Scope, DateTime CreatedAt, DateTime? ExpiresAt, string Key);
}
