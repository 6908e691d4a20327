using System.Globalization;
using MmdPortal.Data;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.Organizations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace MmdPortal.Web.Lifecycle;

/// <summary>Device agents report that devices were used; problems are reported per check-in, never for the call.</summary>
public static class CheckInsApi
{
    public static IEndpointRouteBuilder MapCheckInsApi(this IEndpointRouteBuilder app)
    {
        var maxBodyBytes = app.ServiceProvider.GetRequiredService<IOptions<LifecycleOptions>>().Value.MaxBodyBytes;
        app.MapPost("/api/v1/checkins", CheckInAsync).RequireAuthorization(Policies.ApiCheckIn)
            .RequireRateLimiting(OrganizationsRegistration.ApiRateLimit).WithTags("Check-ins")
            .WithMetadata(new RequestSizeLimitAttribute(maxBodyBytes))
            .WithName("CheckIn").WithSummary("Record that devices were used: up to 10,000 check-ins per call.");
        return app;
    }

    private static async Task<Results<Ok<CheckInResult>, ProblemHttpResult>> CheckInAsync(
        CheckInRequest request, CheckIns checkIns, IOrganizationScope organization, IOptions<LifecycleOptions> options,
        HttpContext context, CancellationToken cancellationToken)
    {
        var max = options.Value.MaxCheckInsPerCall;
        if (request.Devices is null)
            return BadRequest("Give the check-ins as an array named 'devices'.");
        if (request.Devices.Count > max)
            return BadRequest(string.Create(CultureInfo.InvariantCulture,
                $"The call has {request.Devices.Count:N0} check-ins; one call takes at most {max:N0}. Split them over several calls."));

        var actor = context.User.Identity?.Name ?? "unknown";
        return TypedResults.Ok(await checkIns.CheckInAsync(organization.OrganizationId!.Value, request.Devices, actor, cancellationToken));
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The check-ins cannot be read.");
}
