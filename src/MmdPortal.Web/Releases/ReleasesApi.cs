using System.ComponentModel;
using MmdPortal.Data;
using MmdPortal.Web.ApiReference;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.Organizations;
using Microsoft.AspNetCore.Http.HttpResults;
using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Releases;

public static class ReleasesApi
{
    public static IEndpointRouteBuilder MapReleasesApi(this IEndpointRouteBuilder app)
    {
        var releases = app.MapGroup("/api/v1/release-requests").RequireAuthorization(Policies.ApiRead)
            .RequireRateLimiting(OrganizationsRegistration.ApiRateLimit).WithTags(ApiTags.Releases);
        releases.MapGet("/", ListAsync).WithName("ListReleaseRequests")
            .WithSummary("Release requests for your hardware (incoming) and the ones you made (outgoing).")
            .WithDescription("Open requests first, at most 500 in each list. Each item shows only your own device and " +
                "the notes, never the other organisation. `deviceId` keeps the requests of one of your devices.");
        releases.MapPost("/{requestId:guid}/release", ReleaseAsync).RequireAuthorization(Policies.ApiAdmin)
            .WithName("ReleaseHardware")
            .WithSummary("Release your device to the organization that asked: it is deregistered and theirs is retried.")
            .WithDescription("For the holder of the hardware: your device is deregistered (its timeline ends with " +
                "`ReleasedToAnotherOrganization`) and the requester's device registers again at once. The optional " +
                "`note` goes to the requester. `404` when the request does not exist or your side may not release it; " +
                "`409` when it is already settled.")
            .Produces<ReleaseAnswer>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        releases.MapPost("/{requestId:guid}/decline", DeclineAsync).RequireAuthorization(Policies.ApiAdmin)
            .WithName("DeclineRelease").WithSummary("Keep your device; the requester sees your note.")
            .WithDescription("For the holder of the hardware: both devices stay as they are; the requester sees " +
                "`Declined` and your optional `note`, and may ask again.")
            .Produces<ReleaseAnswer>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        releases.MapPost("/{requestId:guid}/withdraw", WithdrawAsync).RequireAuthorization(Policies.ApiAdmin)
            .WithName("WithdrawRelease").WithSummary("Withdraw a release request you made.")
            .WithDescription("For the requester, without a body. `404` when the request does not exist or is not " +
                "yours; `409` when it is already settled.")
            .Produces<ReleaseAnswer>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        app.MapPost("/api/v1/devices/{id:guid}/release-request", RequestAsync)
            .RequireAuthorization(Policies.ApiAdmin).RequireRateLimiting(OrganizationsRegistration.ApiRateLimit)
            .WithTags(ApiTags.Releases).WithName("RequestRelease")
            .WithSummary("Ask the (unnamed) organization holding this device's hardware to release it.")
            .WithDescription("For your device that failed with `DeviceClaimedByAnotherOrganization`: the `note` (1 to " +
                "1,000 characters) says why the hardware is yours. Neither side learns who the other is. `409` when the " +
                "device did not fail that way, a request is already open, or no one holds the hardware any more.")
            .Produces<ReleaseAnswer>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Ok<ReleaseRequests>> ListAsync(ReleaseList list,
        [Description("Only the requests of this device of yours.")] Guid? deviceId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await list.ListAsync(deviceId, cancellationToken));

    private static async Task<IResult> RequestAsync([Description("Your device's ID.")] Guid id, ReleaseNote body, ReleaseDesk desk, IOrganizationScope organization,
        HttpContext http, CancellationToken cancellationToken) =>
        Answer(await desk.RequestAsync(organization.OrganizationId!.Value, id, body.Note, Actor(http), cancellationToken), createdFor: id);

    private static async Task<IResult> ReleaseAsync(
        [Description("The release request's Request ID.")] Guid requestId, ReleaseNote? body, ReleaseDesk desk,
        IOrganizationScope organization, HttpContext http, CancellationToken cancellationToken) =>
        Answer(await desk.ReleaseAsync(organization.OrganizationId!.Value, requestId, body?.Note, Actor(http), cancellationToken));

    private static async Task<IResult> DeclineAsync(
        [Description("The release request's Request ID.")] Guid requestId, ReleaseNote? body, ReleaseDesk desk,
        IOrganizationScope organization, HttpContext http, CancellationToken cancellationToken) =>
        Answer(await desk.DeclineAsync(organization.OrganizationId!.Value, requestId, body?.Note, Actor(http), cancellationToken));

    private static async Task<IResult> WithdrawAsync(
        [Description("The release request's Request ID.")] Guid requestId, ReleaseDesk desk, IOrganizationScope organization,
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
            title: PortalText.Get("The release request cannot be changed that way.")),
        _ => TypedResults.Problem(outcome.Problem, statusCode: StatusCodes.Status400BadRequest, title: PortalText.Get("The request is not valid.")),
    };
}

/// <param name="Note">Why the device is yours (asking), or a word with your decision.</param>
public sealed record ReleaseNote(string? Note);

/// <param name="RequestId">The release request's Request ID.</param>
public sealed record ReleaseAnswer(Guid RequestId);
