using System.ComponentModel;
using MmdPortal.Data;
using MmdPortal.Web.ApiReference;
using MmdPortal.Data.Devices;
using MmdPortal.Web.Infrastructure;
using MmdPortal.Web.Localization;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.Audit;
using MmdPortal.Data.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MmdPortal.Web.Devices;

public static class DevicesApi
{
    public static IEndpointRouteBuilder MapDevicesApi(this IEndpointRouteBuilder app)
    {
        var devices = app.MapGroup("/api/v1/devices").RequireAuthorization(Policies.ApiRead).RequireRateLimiting(Organizations.OrganizationsRegistration.ApiRateLimit)
            .WithTags(ApiTags.Devices);
        devices.MapGet("/", ListAsync).WithName("ListDevices")
            .WithSummary("The organisation's devices, newest first or sorted on a column, in keyset pages.")
            .WithDescription("Lists live devices (not deregistered ones) with the blade's filters: `status`, `search` " +
                "(serial numbers that start with it; when none does, part of a serial number, model or assigned user) and `needsLicence`, sorted by `sort` and `direction`. Pages are " +
                "keyset pages: pass the answer's `nextCursor` as `cursor`, with the same sort and direction, for the next " +
                "page (`null` on the last one). An invalid filter, sort, page size or cursor is a `400` saying which.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        devices.MapGet("/counts", CountsAsync).WithName("CountDevices")
            .WithSummary("How many live devices are in each status, and how many need a licence.")
            .WithDescription("What the blade's filter chips show: an object with one number per status name " +
                "(`RegistrationPending`, `RegistrationFailed`, `ReadyForUser`, `Active`, `Inactive`) and `needsLicence`.");
        devices.MapGet("/{id:guid}", GetAsync).WithName("GetDevice").WithSummary("One device.")
            .WithDescription("The device as the list shows it; `404` when your organisation has no such live device.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        devices.MapGet("/{id:guid}/timeline", TimelineAsync).WithName("GetDeviceTimeline")
            .WithSummary("The device's status changes, oldest first, each with its cause and Request ID.")
            .WithDescription("Every status change of the device, also after it was deregistered: `from` is `null` for " +
                "the upload that created it, `to` is `null` when it was deregistered; `cause` says why (`Uploaded`, " +
                "`RegistrationChecks`, `CheckIn`, `NoCheckIn`, `Retried`, `Deregistered`, `ReleasedToAnotherOrganization`).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        devices.MapPost("/retry", RetryAsync).RequireAuthorization(Policies.ApiAdmin).WithName("RetryDevices")
            .WithSummary("Send failed devices through registration again, as a new request with its own Request ID.")
            .WithDescription("Retries 1 to 10,000 failed devices as one new request (`requestId`, `null` when nothing " +
                "was retried): follow it with `GET /api/v1/registrations/{requestId}`. A device that is not failed, not " +
                "yours, or whose hardware is live elsewhere is listed in `problems` and never fails the call.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        devices.MapPost("/deregister", DeregisterAsync).RequireAuthorization(Policies.ApiAdmin).WithName("DeregisterDevices")
            .WithSummary("Take devices off the blade and free their hardware; they stay in history and audit.")
            .WithDescription("Deregisters 1 to 10,000 devices: they leave the list, their hardware may be registered " +
                "again, and their timelines and audit stay. Devices that are not yours are listed in `problems`.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        devices.MapPost("/assign", AssignAsync).RequireAuthorization(Policies.ApiAdmin).WithName("AssignDevices")
            .WithSummary("Set the assigned user and/or group tag of many devices; a field left out stays, an empty one is cleared.")
            .WithDescription("Sets `assignedUser` (a user principal name) and/or `groupTag` (at most 100 characters) " +
                "of 1 to 10,000 devices in one statement. A field left out or `null` stays as it is, `\"\"` clears it. " +
                "Devices that are not yours are listed in `problems`; an invalid value is a `400` and nothing changes.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        devices.MapGet("/export", ExportAsync).WithName("ExportDevices")
            .WithSummary("Every device of the filtered view as CSV: the blade's columns (format=csv), or the hardware hashes in the upload's form (format=hashes, admin keys only).")
            .WithDescription("Streams every device matching the list's filters (without paging) as a UTF-8 CSV with a " +
                "byte order mark. `format=csv` has the blade's columns; `format=hashes` the upload's own form, to register " +
                "the devices again elsewhere, and needs an admin key (a read key gets `403`); each hashes download is " +
                "recorded in the audit log.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        devices.MapDelete("/{id:guid}", DeregisterOneAsync).RequireAuthorization(Policies.ApiAdmin).WithName("DeregisterDevice")
            .WithSummary("Deregister one device.")
            .WithDescription("As `POST /api/v1/devices/deregister` for one device: `204` when it was deregistered, " +
                "`404` when your organisation has no such live device.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<DeviceListResponse>, ProblemHttpResult>> ListAsync(
        DeviceList list,
        [Description("Only devices in this status: RegistrationPending, RegistrationFailed, ReadyForUser, Active or Inactive.")] string? status,
        [Description("A serial number or its start; when no serial number starts with it, part of a serial number, model or assigned user. Any case.")] string? search,
        [Description("Devices per page, 1 to 500 (default 100).")] int? pageSize,
        [Description("The previous page's nextCursor, unchanged, with the same sort and direction; left out for the first page.")] string? cursor,
        [Description("true: only devices that are Ready for user and whose assigned user holds no licence.")] string? needsLicence,
        [Description("The column to sort on: registered (default), serialNumber, manufacturer, model, groupTag, assignedUser, status or lastSeen.")] string? sort,
        [Description("asc or desc (default: desc for registered, asc otherwise).")] string? direction,
        CancellationToken cancellationToken)
    {
        if (ParseFilter(status, search, needsLicence, out var filter) is { } invalid) return invalid;
        var size = pageSize ?? 100;
        if (size is < 1 or > 500) return BadRequest(PortalText.Format("{0} must be between {1} and {2}.", "pageSize", 1, 500));
        if (!DeviceSortQuery.TryParse(sort, out DeviceSort column))
            return BadRequest(PortalText.Format("Unknown sort column '{0}'. Use one of: {1}.", sort, DeviceSortQuery.Columns));
        if (!DeviceSortQuery.TryParse(direction, out SortDirection? order))
            return BadRequest(PortalText.Format("Unknown direction '{0}'. Use asc or desc.", direction));

        filter = filter with { Sort = column, Direction = order };
        if (!Cursor.TryDecode(cursor, (int)DeviceSort.Registered, out var after))
            return BadRequest(PortalText.Get("The cursor is not valid. Pass back the nextCursor of the previous page unchanged."));
        if (!DeviceList.Fits(after, filter))
            return BadRequest(PortalText.Get("The cursor belongs to another sort or direction. Pass the same sort and direction as for the first page."));

        var page = await list.PageAsync(filter, size, after, cancellationToken);
        return TypedResults.Ok(new DeviceListResponse(page.Items, DeviceList.NextCursor(page)));
    }

    // A plain dictionary: the status names are the API's status codes, whatever the JSON naming policy.
    private static async Task<Ok<Dictionary<string, int>>> CountsAsync(DeviceCounts counts, CancellationToken cancellationToken)
    {
        var result = await counts.CountAsync(cancellationToken);
        var body = result.ByStatus.ToDictionary(c => c.Key.ToString(), c => c.Value);
        body["needsLicence"] = result.NeedsLicence;
        return TypedResults.Ok(body);
    }

    private static async Task<Results<Ok<DeviceSummary>, NotFound>> GetAsync(
        [Description("The device's ID.")] Guid id, DeviceList list, CancellationToken cancellationToken) =>
        await list.FindAsync(id, cancellationToken) is { } device ? TypedResults.Ok(device) : TypedResults.NotFound();

    private static async Task<Results<Ok<DeviceTimelineResponse>, NotFound>> TimelineAsync(
        [Description("The device's ID.")] Guid id, DeviceTimeline timeline, CancellationToken cancellationToken) =>
        await timeline.FindAsync(id, cancellationToken) is { } entries
            ? TypedResults.Ok(new DeviceTimelineResponse(entries))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<DeviceActionResult>, ProblemHttpResult>> RetryAsync(
        DeviceSelection body, DeviceRetries retries, IOrganizationScope organization, HttpContext http, CancellationToken cancellationToken)
    {
        if (Invalid(body, DeviceRetries.MaxDevices) is { } problem) return problem;
        return TypedResults.Ok(await retries.RetryAsync(
            organization.OrganizationId!.Value, body.DeviceIds!.Distinct().ToList(), Actor(http), cancellationToken));
    }

    private static async Task<Results<Ok<DeviceActionResult>, ProblemHttpResult>> DeregisterAsync(
        DeviceSelection body, DeviceDeregistration deregistration, IOrganizationScope organization, HttpContext http,
        CancellationToken cancellationToken)
    {
        if (Invalid(body, DeviceDeregistration.MaxDevices) is { } problem) return problem;
        return TypedResults.Ok(await deregistration.DeregisterAsync(
            organization.OrganizationId!.Value, body.DeviceIds!.Distinct().ToList(), Actor(http), cancellationToken));
    }

    private static async Task<Results<NoContent, NotFound>> DeregisterOneAsync(
        [Description("The device's ID.")] Guid id, DeviceDeregistration deregistration, IOrganizationScope organization, HttpContext http,
        CancellationToken cancellationToken) =>
        (await deregistration.DeregisterAsync(organization.OrganizationId!.Value, [id], Actor(http), cancellationToken)).Done == 1
            ? TypedResults.NoContent()
            : TypedResults.NotFound();

    private static async Task<Results<Ok<DeviceActionResult>, ProblemHttpResult>> AssignAsync(
        DeviceAssignmentBody body, DeviceAssignments assignments, IOrganizationScope organization, HttpContext http,
        CancellationToken cancellationToken)
    {
        if (Invalid(new DeviceSelection(body.DeviceIds), DeviceAssignments.MaxDevices) is { } problem) return problem;
        var assignment = new DeviceAssignment(body.AssignedUser, body.GroupTag);
        if (assignment.Problem() is { } invalid) return BadRequest(invalid);
        return TypedResults.Ok(await assignments.AssignAsync(
            organization.OrganizationId!.Value, body.DeviceIds!.Distinct().ToList(), assignment, Actor(http), cancellationToken));
    }

    private static async Task<IResult> ExportAsync(
        DeviceExport export, AuditLog audit, IAuthorizationService authorization, HttpContext http,
        [Description("csv (default): the blade's columns; hashes: the upload's form with hardware hashes (admin keys only).")] string? format,
        [Description("Only devices in this status: RegistrationPending, RegistrationFailed, ReadyForUser, Active or Inactive.")] string? status,
        [Description("A serial number or its start; when no serial number starts with it, part of a serial number, model or assigned user. Any case.")] string? search,
        [Description("true: only devices that are Ready for user and whose assigned user holds no licence.")] string? needsLicence,
        CancellationToken cancellationToken)
    {
        if (!DeviceExportFormats.TryParse(format, out var parsedFormat)) return BadRequest(DeviceExportFormats.Problem);
        if (ParseFilter(status, search, needsLicence, out var filter) is { } invalid) return invalid;
        if (parsedFormat == DeviceExportFormat.Hashes)
        {
            // Raw hashes carry TPM keys and MAC addresses. Not Forbid(): the default scheme is the sign-in cookie,
            // which would answer an API key with a redirect to the Denied page.
            if (!(await authorization.AuthorizeAsync(http.User, Policies.ApiAdmin)).Succeeded)
                return TypedResults.Problem(PortalText.Get("Exporting hardware hashes needs an admin key; a read key may export format=csv."),
                    statusCode: StatusCodes.Status403Forbidden, title: PortalText.Get("Not allowed."));
            await audit.RecordAsync(AuditActions.HardwareHashesExported, null, DeviceExportAudit.Describe(filter), cancellationToken);
        }

        return TypedResults.Stream(output => export.WriteAsync(parsedFormat, filter, output, cancellationToken),
            DeviceExport.ContentType, export.FileName(parsedFormat));
    }

    private static ProblemHttpResult? ParseFilter(string? status, string? search, string? needsLicence, out DeviceFilter filter)
    {
        filter = new DeviceFilter();
        DeviceStatus? parsedStatus = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<DeviceStatus>(status, ignoreCase: true, out var value) || !Enum.IsDefined(value))
                return BadRequest(PortalText.Format("Unknown status '{0}'. Use one of: {1}.", status, string.Join(", ", Enum.GetNames<DeviceStatus>())));
            parsedStatus = value;
        }

        var onlyNeedingLicence = false;
        if (!string.IsNullOrEmpty(needsLicence) && !bool.TryParse(needsLicence, out onlyNeedingLicence))
            return BadRequest(PortalText.Format("{0} must be true or false.", "needsLicence"));
        filter = new DeviceFilter(parsedStatus, search, onlyNeedingLicence);
        return null;
    }

    private static ProblemHttpResult? Invalid(DeviceSelection body, int max) => body.DeviceIds switch
    {
        null or { Count: 0 } => BadRequest(PortalText.Get("Name the devices in deviceIds, e.g. { \"deviceIds\": [\"0199…\"] }.")),
        { Count: var count } when count > max => BadRequest(PortalText.Format("deviceIds names {0:N0} devices; one call takes at most {1:N0}.", count, max)),
        _ => null,
    };

    private static string Actor(HttpContext http) => http.User.Identity?.Name ?? "API";

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: PortalText.Get("The request is not valid."));
}

/// <param name="DeviceIds">The devices (their IDs as the API shows them).</param>
public sealed record DeviceSelection(IReadOnlyList<Guid>? DeviceIds);

/// <param name="DeviceIds">The devices (their IDs as the API shows them).</param>
/// <param name="AssignedUser">The user principal name to assign; left out: unchanged; empty: cleared.</param>
/// <param name="GroupTag">The group tag to set; left out: unchanged; empty: cleared.</param>
public sealed record DeviceAssignmentBody(IReadOnlyList<Guid>? DeviceIds, string? AssignedUser, string? GroupTag);

/// <param name="Items">The transitions, oldest first.</param>
public sealed record DeviceTimelineResponse(IReadOnlyList<TimelineEntry> Items);

public sealed record DeviceListResponse(IReadOnlyList<DeviceSummary> Items, string? NextCursor);
