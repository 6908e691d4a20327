using MmdPortal.Data;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.Organizations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MmdPortal.Web.Releases;

public static class ReleasesApi
{
    public static IEndpointRouteBuilder MapReleasesApi(this IEndpointRouteBuilder app)
    {
        var releases = app.MapGroup("/api/v1/release-requests").RequireAuthorization(Policies.ApiRead)
            .RequireRateLimiting(OrganizationsRegistration.ApiRateLimit).WithTags("Release requests");
        releases.MapGet("/", ListAsync).WithName("ListReleaseRequests")
            .WithSummary("Release requests for your hardware (incoming) and the ones you made (outgoing).");
        releases.MapPost("/{requestId:guid}/release", ReleaseAsync).RequireAuthorization(Policies.ApiAdmin)
            .WithName("ReleaseHardware")
            .WithSummary("Release your device to the organization that asked: it is deregistered and theirs is retried.");
        releases.MapPost("/{requestId:guid}/decline", DeclineAsync).RequireAuthorization(Policies.ApiAdmin)
            .WithName("DeclineRelease").WithSummary("Keep your device; the requester sees your note.");
        releases.MapPost("/{requestId:guid}/withdraw", WithdrawAsync).RequireAuthorization(Policies.ApiAdmin)
            .WithName("WithdrawRelease").WithSummary("Withdraw a release request you made.");

        app.MapPost("/api/v1/devices/{id:guid}/release-request", RequestAsync)
            .RequireAuthorization(Policies.ApiAdmin).RequireRateLimiting(OrganizationsRegistration.ApiRateLimit)
            .WithTags("Release requests").WithName("RequestRelease")
            .WithSummary("Ask the (unnamed) organization holding this device's hardware to release it.");
        return app;
    }

    private static async Task<Ok<ReleaseRequests>> ListAsync(ReleaseList list, Guid? deviceId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await list.ListAsync(deviceId, cancellationToken));

    private static async Task<IResult> RequestAsync(Guid id, ReleaseNote body, ReleaseDesk desk, IOrganizationScope organization,
        HttpContext http, CancellationToken cancellationToken) =>
        Answer(await desk.RequestAsync(organization.OrganizationId!.Value, id, body.Note, Actor(http), cancellationToken), createdFor: id);

    private static async Task<IResult> ReleaseAsync(Guid requestId, ReleaseNote? body, ReleaseDesk desk,
        IOrganizationScope organization, HttpContext http, CancellationToken cancellationToken) =>
        Answer(await desk.ReleaseAsync(organization.OrganizationId!.Value, requestId, body?.Note, Actor(http), cancellationToken));

    private static async Task<IResult> DeclineAsync(Guid requestId, ReleaseNote? body, ReleaseDesk desk,
        IOrganizationScope organization, HttpContext http, CancellationToken cancellationToken) =>
        Answer(await desk.DeclineAsync(organization.OrganizationId!.Value, requestId, body?.Note, Actor(http), cancellationToken));

    private static async Task<IResult> WithdrawAsync(Guid requestId, ReleaseDesk desk, IOrganizationScope organization,
        HttpContext http, CancellationToken cancellationToken) =>
        Answer(await desk.WithdrawAsync(organization.OrganizationId!.Value, requestId, Actor(http), cancellationToken));

    private static string Actor(HttpContext http) => http.User.Identity?.Name ?? "API";

    // A new request is listed, with its device's others, by the device it was made for.
    private static IResult Answer(ReleaseOutcome outcome, Guid? createdFor = null) => outcome.Kind switch
    {
        ReleaseOutcomeKind.Done when createdFor is { } device => TypedResults.Created(
            $"/api/v1/release-requests?deviceId={device}", new ReleaseAnswer(outcome.RequestId!.Value)),
        ReleaseOutcomeKind.Done => TypedResults.Ok(new ReleaseAnswer(outcome.RequestId!.Value)),
        ReleaseOutcomeKind.NotFound => TypedResults.NotFound(),
        ReleaseOutcomeKind.Conflict => TypedResults.Problem(outcome.Problem, statusCode: StatusCodes.Status409Conflict,
            title: "The release request cannot be changed that way."),
        _ => TypedResults.Problem(outcome.Problem, statusCode: StatusCodes.Status400BadRequest, title: "The request is not valid."),
    };
}

/// <param name="Note">Why the device is yours (asking), or a word with your decision.</param>
public sealed record ReleaseNote(string? Note);

/// <param name="RequestId">The release request's Request ID.</param>
public sealed record ReleaseAnswer(Guid RequestId);
