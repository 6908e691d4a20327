using MmdPortal.Data.Devices;
using MmdPortal.Web.Infrastructure;
using MmdPortal.Web.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MmdPortal.Web.Devices;

public static class DevicesApi
{
    public static IEndpointRouteBuilder MapDevicesApi(this IEndpointRouteBuilder app)
    {
        var devices = app.MapGroup("/api/v1/devices").RequireAuthorization(Policies.ApiRead).RequireRateLimiting(Organizations.OrganizationsRegistration.ApiRateLimit)
            .WithTags("Devices");
        devices.MapGet("/", ListAsync).WithName("ListDevices")
            .WithSummary("The organisation's devices, newest first, in keyset pages.");
        devices.MapGet("/{id:guid}", GetAsync).WithName("GetDevice").WithSummary("One device.");
        return app;
    }

    private static async Task<Results<Ok<DeviceListResponse>, ProblemHttpResult>> ListAsync(
        DeviceList list, string? status, string? search, int? pageSize, string? cursor, string? needsLicence,
        CancellationToken cancellationToken)
    {
        DeviceStatus? parsedStatus = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<DeviceStatus>(status, ignoreCase: true, out var value) || !Enum.IsDefined(value))
                return BadRequest($"Unknown status '{status}'. Use one of: {string.Join(", ", Enum.GetNames<DeviceStatus>())}.");
            parsedStatus = value;
        }

        var onlyNeedingLicence = false;
        if (!string.IsNullOrEmpty(needsLicence) && !bool.TryParse(needsLicence, out onlyNeedingLicence))
            return BadRequest("needsLicence must be true or false.");

        var size = pageSize ?? 100;
        if (size is < 1 or > 500) return BadRequest("pageSize must be between 1 and 500.");
        if (!Cursor.TryDecode(cursor, out var after))
            return BadRequest("The cursor is not valid. Pass back the nextCursor of the previous page unchanged.");

        var page = await list.PageAsync(new DeviceFilter(parsedStatus, search, onlyNeedingLicence), size, after, cancellationToken);
        return TypedResults.Ok(new DeviceListResponse(page.Items,
            page.NextAfter is { } next ? Cursor.Encode(next) : null));
    }

    private static async Task<Results<Ok<DeviceSummary>, NotFound>> GetAsync(
        Guid id, DeviceList list, CancellationToken cancellationToken) =>
        await list.FindAsync(id, cancellationToken) is { } device ? TypedResults.Ok(device) : TypedResults.NotFound();

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The request is not valid.");
}

public sealed record DeviceListResponse(IReadOnlyList<DeviceSummary> Items, string? NextCursor);
