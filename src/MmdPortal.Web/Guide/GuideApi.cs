using System.ComponentModel;
using MmdPortal.Data;
using MmdPortal.Data.Devices;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.ApiReference;
using MmdPortal.Web.Devices;
using MmdPortal.Web.Localization;
using MmdPortal.Web.Organizations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace MmdPortal.Web.Guide;

/// <summary>Steps 4 and 5 of the guide, and its progress per request, for scripts.</summary>
public static class GuideApi
{
    public static IEndpointRouteBuilder MapGuideApi(this IEndpointRouteBuilder app)
    {
        var devices = app.MapGroup("/api/v1/devices").RequireAuthorization(Policies.ApiAdmin)
            .RequireRateLimiting(OrganizationsRegistration.ApiRateLimit).WithTags(ApiTags.Devices);
        devices.MapPost("/image", RecordImageAsync).WithName("RecordImageChecks")
            .WithSummary("Record who supplied the Windows image of many devices (step 4, check the image).")
            .WithDescription("Sets `image` (`SuppliedByPartner`, `AppliedByOrganization` or `NotChecked`) of 1 to " +
                "10,000 devices in one statement; each device's `image` shows it. Devices that are not yours are listed " +
                "in `problems`; a missing or unknown `image` is a `400` and nothing changes.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        devices.MapPost("/{id:guid}/delivery", DeliverAsync).WithName("DeliverDevice")
            .WithSummary("Mark a device as delivered to its user (step 5), after the licence check.")
            .WithDescription("Records `deliveredAt` (now) and `deliveredTo` (`recipient`, or the assigned user when " +
                "left out) and answers the device. Refused with `409` and a `code` when the device is not `ReadyForUser` " +
                "or `Active` (`NotReady`), has no assigned user (`NoAssignedUser`), or its assigned user holds no " +
                "licence (`NoLicence`); `detail` follows `Accept-Language`. `404` when your organisation has no such live device.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet("/api/v1/registrations/{requestId:guid}/progress", ProgressAsync).WithName("GetRegistrationProgress")
            .RequireAuthorization(Policies.ApiRead).RequireRateLimiting(OrganizationsRegistration.ApiRateLimit)
            .WithTags(ApiTags.Registrations)
            .WithSummary("How many of a request's devices are at which of the guide's steps.")
            .WithDescription("Counts the request's live devices: `pending` and `failed` registrations, `registered` " +
                "ones (Ready for user, Active or Inactive), and of those how many have their image checked " +
                "(`imageChecked`) and are `delivered`. `404` when your organisation has no such request.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<DeviceActionResult>, ProblemHttpResult>> RecordImageAsync(
        ImageChecksBody body, DeviceImageChecks checks, IOrganizationScope organization, HttpContext http,
        CancellationToken cancellationToken)
    {
        if (body.DeviceIds is null or { Count: 0 })
            return BadRequest("Name the devices in deviceIds, e.g. { \"deviceIds\": [\"0199…\"], \"image\": \"SuppliedByPartner\" }.");
        if (body.DeviceIds.Count > DeviceImageChecks.MaxDevices)
            return BadRequest($"deviceIds names {body.DeviceIds.Count:N0} devices; one call takes at most {DeviceImageChecks.MaxDevices:N0}.");
        if (body.Image is not { } image || !Enum.IsDefined(image))
            return BadRequest("Say who supplied the image: image is SuppliedByPartner, AppliedByOrganization or NotChecked.");
        return TypedResults.Ok(await checks.RecordAsync(organization.OrganizationId!.Value, body.DeviceIds.Distinct().ToList(),
            image, Actor(http), cancellationToken));
    }

    private static async Task<Results<Ok<DeviceSummary>, NotFound, ProblemHttpResult>> DeliverAsync(
        [Description("The device's ID.")] Guid id, DeliveryBody? body, DeviceDelivery delivery, DeviceList list,
        IOrganizationScope organization, IStringLocalizer<GuideResource> text, HttpContext http, CancellationToken cancellationToken)
    {
        var outcome = await delivery.DeliverAsync(organization.OrganizationId!.Value, id, body?.Recipient, Actor(http), cancellationToken);
        if (outcome is null) return TypedResults.NotFound();
        if (outcome.Problem is { } problem)
            return TypedResults.Problem(text.For(problem), statusCode: StatusCodes.Status409Conflict,
                title: "The device cannot be delivered yet.", extensions: new Dictionary<string, object?> { ["code"] = problem.ToString() });
        return await list.FindAsync(id, cancellationToken) is { } device ? TypedResults.Ok(device) : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<GuideProgressCounts>, NotFound>> ProgressAsync(
        [Description("The request's ID (its Request ID).")] Guid requestId, GuideProgress progress, CancellationToken cancellationToken) =>
        await progress.ForRequestAsync(requestId, cancellationToken) is { } counts ? TypedResults.Ok(counts) : TypedResults.NotFound();

    private static string Actor(HttpContext http) => http.User.Identity?.Name ?? "API";

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The request is not valid.");
}

/// <param name="DeviceIds">The devices (their IDs as the API shows them).</param>
/// <param name="Image">Who supplied their Windows image: SuppliedByPartner, AppliedByOrganization or NotChecked.</param>
public sealed record ImageChecksBody(IReadOnlyList<Guid>? DeviceIds, ImageSource? Image);

/// <param name="Recipient">Who received the device; left out: its assigned user.</param>
public sealed record DeliveryBody(string? Recipient);
