using System.ComponentModel;
using MmdPortal.Data;
using MmdPortal.Web.ApiReference;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.Audit;
using MmdPortal.Web.Organizations;
using Microsoft.AspNetCore.Http.HttpResults;
using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Catalog;

/// <summary>The organisation's hardware catalog for scripts: list and search, add a model, remove an own model.</summary>
public static class CatalogApi
{
    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app)
    {
        var catalog = app.MapGroup("/api/v1/catalog").RequireAuthorization(Policies.ApiRead)
            .RequireRateLimiting(OrganizationsRegistration.ApiRateLimit).WithTags(ApiTags.Catalog);
        catalog.MapGet("/", ListAsync).WithName("ListCatalog")
            .WithSummary("The models the organisation's devices may be: built in, configured and its own; search by manufacturer or model.")
            .WithDescription("Built-in entries first, then configured ones, then the organisation's own (only these have " +
                "an `id`). `search` matches the manufacturer in any spelling, the model without regard to case or " +
                "punctuation, and machine types (a Lenovo code such as 20XW0026US finds its entry).");
        catalog.MapPost("/", AddAsync).RequireAuthorization(Policies.ApiAdmin).WithName("AddCatalogModel")
            .WithSummary("Add a model to the organisation's catalog.")
            .WithDescription("Adds `manufacturer` and `model` (each 1 to 100 characters) with optional four-character " +
                "`machineTypes`. `400` says what to fix; `409` when the catalog already has the model or a machine type.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
        // The ID is not constrained to int so that a wrong method is a 405, not a 404, whoever calls it.
        catalog.MapDelete("/{id}", RemoveAsync).RequireAuthorization(Policies.ApiAdmin).WithName("RemoveCatalogModel")
            .WithSummary("Remove one of the organisation's own models; built-in and configured ones cannot be removed.")
            .WithDescription("`204` when removed; `404` for an ID your organisation does not own, which includes every " +
                "built-in and configured model.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<CatalogList>> ListAsync(HardwareCatalog catalog,
        [Description("Part of a manufacturer, model or machine type.")] string? search, CancellationToken cancellationToken)
    {
        var view = await catalog.ForCurrentOrganizationAsync(cancellationToken);
        return TypedResults.Ok(new CatalogList(view.Search(search)));
    }

    private static async Task<Results<Created<CatalogEntry>, ProblemHttpResult>> AddAsync(
        NewCatalogModel request, OrganizationModels models, IOrganizationScope organization, AuditLog audit,
        HttpContext context, CancellationToken cancellationToken)
    {
        var addition = await models.AddAsync(organization.OrganizationId!.Value, request, context.User.Identity?.Name, cancellationToken);
        if (addition.Problem is { } problem)
        {
            return TypedResults.Problem(problem,
                statusCode: addition.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest,
                title: addition.Conflict
                    ? PortalText.Get("The model is already in the catalog.")
                    : PortalText.Get("The model cannot be added."));
        }

        var entry = addition.Entry!;
        await audit.RecordAddedAsync(entry, cancellationToken);
        return TypedResults.Created((string?)null, entry);
    }

    private static async Task<Results<NoContent, NotFound>> RemoveAsync(
        [Description("The id of one of the organisation's own models.")] int id, OrganizationModels models, AuditLog audit, CancellationToken cancellationToken)
    {
        if (await models.RemoveAsync(id, cancellationToken) is not { } entry) return TypedResults.NotFound();
        await audit.RecordRemovedAsync(entry, cancellationToken);
        return TypedResults.NoContent();
    }

    public sealed record CatalogList(IReadOnlyList<CatalogEntry> Items);
}
