using MmdPortal.Data;
using MmdPortal.Web.ApiReference;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.Organizations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Lifecycle;

/// <summary>Device agents report that devices were used; problems are reported per check-in, never for the call.</summary>
public static class CheckInsApi
{
    public static IEndpointRouteBuilder MapCheckInsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/checkins", CheckInAsync).RequireAuthorization(Policies.ApiCheckIn)
            .RequireRateLimiting(OrganizationsRegistration.ApiRateLimit).WithTags(ApiTags.CheckIns)
            .Accepts<CheckInRequest>("application/json")
            .WithName("CheckIn").WithSummary("Record that devices were used: up to 10,000 check-ins per call.")
            .WithDescription("For device agents. Each check-in marks its device (by manufacturer and serial number) as used: Ready for " +
                "user and Inactive devices become Active, `lastSeenAt` becomes the later of the stored value and `at` " +
                "(ISO 8601, optional: now) and `primaryUser` the user of the latest check-in. Unknown devices, devices " +
                "not yet Ready for user and invalid items are reported in `problems`, one each, and never fail the call. " +
                "More than 10,000 check-ins, or a body that is not JSON of this form, is a `400`; a body over 1 KB per " +
                "allowed check-in is a `413`.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    private static async Task<Results<Ok<CheckInResult>, ProblemHttpResult>> CheckInAsync(
        HttpContext context, CheckIns checkIns, IOrganizationScope organization, IOptions<LifecycleOptions> options,
        IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var (request, problem) = await CheckInBody.ReadAsync(context.Request, json.Value.SerializerOptions, limits.MaxBodyBytes, cancellationToken);
        if (problem is not null) return problem;
        var devices = request!.Devices!;
        if (devices.Count > limits.MaxCheckInsPerCall)
            return CheckInBody.Problem(StatusCodes.Status400BadRequest, PortalText.Format(
                "The call has {0:N0} check-ins; one call takes at most {1:N0}. Split them over several calls.", devices.Count, limits.MaxCheckInsPerCall));

        var actor = context.User.Identity?.Name ?? "unknown";
        return TypedResults.Ok(await checkIns.CheckInAsync(organization.OrganizationId!.Value, devices, actor, cancellationToken));
    }
}
