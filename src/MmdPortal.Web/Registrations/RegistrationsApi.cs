using System.ComponentModel;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.ApiReference;
using MmdPortal.Web.Infrastructure;
using MmdPortal.Web.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace MmdPortal.Web.Registrations;

public static class RegistrationsApi
{
    public static IEndpointRouteBuilder MapRegistrationsApi(this IEndpointRouteBuilder app)
    {
        var registrations = app.MapGroup("/api/v1/registrations").RequireAuthorization(Policies.ApiRead).RequireRateLimiting(Organizations.OrganizationsRegistration.ApiRateLimit)
            .WithTags(ApiTags.Registrations);
        registrations.MapPost("/", RegisterAsync).WithName("RegisterDevices").RequireAuthorization(Policies.ApiAdmin).WithMetadata(new UploadEndpointAttribute())
            .WithSummary("Upload one or more hardware-hash CSV files (multipart parts named 'files').")
            .WithDescription("Registers the devices of one or more CSV files, each in a multipart part named `files`: the " +
                "output of `Get-WindowsAutoPilotInfo -OutputFile` (`Device Serial Number,Windows Product ID,Hardware Hash`, " +
                "optionally `Group Tag` and `Assigned User`), UTF-8 or UTF-16. All files of one call form one request, " +
                "answered at once with `202` and its Request ID; the devices are registered in the background: poll " +
                "`GET /api/v1/registrations/{requestId}` until its status is `Completed`. A file that cannot be used " +
                "(named in `file`, with `line`) is a `400` and nothing is stored. With `dryRun=true` nothing is stored: the " +
                "answer is `200` with each row's predicted outcome.")
            .Accepts<IFormFileCollection>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .DisableAntiforgery();
        registrations.MapGet("/", ListAsync).WithName("ListRegistrations")
            .WithSummary("The organisation's requests, newest first.")
            .WithDescription("Lists uploads and retries, newest first, in keyset pages: pass the answer's `nextCursor` as " +
                "`cursor` for the next page (`null` on the last one). Each item has the request's counts of rows by outcome.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        registrations.MapGet("/{requestId:guid}", GetAsync).WithName("GetRegistration")
            .WithSummary("A request with its row outcomes, at most 1,000 rows per response.")
            .WithDescription("The request's status (`Pending` while any of its devices is Registration Pending, then " +
                "`Completed`), its counts by outcome and its rows in file/line order, each with the device it created or " +
                "repeated and its error. More than 1,000 rows: pass `nextRowsCursor` back as `rowsCursor`.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        // Raw hashes carry TPM keys and MAC addresses: admins only.
        registrations.MapGet("/{requestId:guid}/failed-rows", FailedRowsAsync).WithName("GetFailedRows")
            .RequireAuthorization(Policies.ApiAdmin)
            .WithSummary("The request's rows that need fixing, as a CSV to correct and upload again.")
            .WithDescription("Downloads the rows of the request whose devices failed registration, in the upload's own " +
                "CSV form (with their hardware hashes) and the reason beside each, as `failed-rows-{requestId}.csv`: fix " +
                "them and upload the file again. Rows that need nothing (duplicates) are left out. " +
                "Admin keys only, because raw hashes carry TPM keys and MAC addresses.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> FailedRowsAsync([Description("The Request ID of an upload or retry.")] Guid requestId, FailedRowsCsv csv, CancellationToken cancellationToken)
    {
        if (await csv.FindAsync(requestId, cancellationToken) is not { } request) return TypedResults.NotFound();
        return TypedResults.Stream(output => csv.WriteAsync(request, output, cancellationToken),
            "text/csv; charset=utf-8", $"failed-rows-{requestId}.csv");
    }

    private static async Task<Results<AcceptedAtRoute<RegistrationAccepted>, Ok<DryRunDocument>, ProblemHttpResult>> RegisterAsync(
        HttpContext context, DeviceRegistrar registrar, IOptions<UploadOptions> options,
        [Description("true: check the files and predict each row's outcome, storing nothing (answer 200 instead of 202).")] bool? dryRun,
        CancellationToken cancellationToken)
    {
        if (!MultipartUpload.TryGetBoundary(context.Request, out var boundary))
            return TypedResults.Problem(
                PortalText.Get("Send the CSV files as multipart/form-data, each in a part named 'files'."),
                statusCode: StatusCodes.Status400BadRequest, title: PortalText.Get("The upload cannot be used."));

        var files = MultipartUpload.ReadFilesAsync(context.Request, boundary, cancellationToken);
        RegistrationResult result;
        try
        {
            result = await registrar.RegisterAsync(files, context.User.Identity?.Name, cancellationToken, dryRun ?? false);
        }
        catch (Exception ex) when (UploadReadFailure.TryDescribe(ex, options.Value.MaxBytes, out var status, out var detail))
        {
            return TypedResults.Problem(detail, statusCode: status, title: PortalText.Get("The upload cannot be used; nothing was stored."));
        }

        if (result.Problem is { } problem)
        {
            return TypedResults.Problem(problem.ToString(), statusCode: StatusCodes.Status400BadRequest,
                title: PortalText.Get("The upload cannot be used; nothing was stored."),
                extensions: new Dictionary<string, object?> { ["file"] = problem.File, ["line"] = problem.Line });
        }

        if (result.Prediction is { } prediction)
        {
            // Devices a dry run "created" were rolled back: only a pointer to an existing device means anything.
            var rolledBack = prediction.Rows.Where(r => r.CreatedDevice).Select(r => r.DeviceId).ToHashSet();
            var rows = prediction.Rows.Select(r => rolledBack.Contains(r.DeviceId) ? r with { DeviceId = null } : r).ToList();
            return TypedResults.Ok(new DryRunDocument(
                "DryRun", prediction.RowCount, prediction.Files, prediction.Warnings, prediction.Counts, rows));
        }

        return TypedResults.AcceptedAtRoute(
            new RegistrationAccepted(result.RequestId!.Value, "Pending", result.RowCount),
            "GetRegistration", new { requestId = result.RequestId });
    }

    private static async Task<Results<Ok<RequestListResponse>, ProblemHttpResult>> ListAsync(
        RequestQueries queries,
        [Description("Requests per page, 1 to 500 (default 50).")] int? pageSize,
        [Description("The previous page's nextCursor, unchanged; left out for the first page.")] string? cursor,
        CancellationToken cancellationToken)
    {
        var size = pageSize ?? 50;
        if (size is < 1 or > 500)
            return TypedResults.Problem(PortalText.Format("{0} must be between {1} and {2}.", "pageSize", 1, 500), statusCode: StatusCodes.Status400BadRequest);
        if (!Cursor.TryDecode(cursor, out var after))
            return TypedResults.Problem(PortalText.Get("The cursor is not valid. Pass back the nextCursor of the previous page unchanged."),
                statusCode: StatusCodes.Status400BadRequest);
        var (items, next) = await queries.PageAsync(size, after, cancellationToken);
        return TypedResults.Ok(new RequestListResponse(items, next is { } n ? Cursor.Encode(n) : null));
    }

    private static async Task<Results<Ok<RequestDocument>, NotFound, ProblemHttpResult>> GetAsync(
        [Description("The Request ID of an upload or retry.")] Guid requestId,
        [Description("The previous response's nextRowsCursor, unchanged; left out for the first 1,000 rows.")] string? rowsCursor,
        RequestQueries queries, CancellationToken cancellationToken)
    {
        if (!Cursor.TryDecode(rowsCursor, out var after))
            return TypedResults.Problem(PortalText.Get("The rowsCursor is not valid. Pass back the nextRowsCursor of the previous response unchanged."),
                statusCode: StatusCodes.Status400BadRequest);
        var found = await queries.GetAsync(requestId, after, RequestQueries.MaxRowsPerPage, cancellationToken);
        if (found is not { } page) return TypedResults.NotFound();
        return TypedResults.Ok(page.Document with
        {
            NextRowsCursor = page.NextRowsAfter is { } next ? Cursor.Encode(next) : null,
        });
    }
}

public sealed record RegistrationAccepted(Guid RequestId, string Status, int RowCount);

/// <summary>The answer to "Validate only": a request document without a Request ID, since nothing was stored.</summary>
public sealed record DryRunDocument(
    string Status, int RowCount, IReadOnlyList<string> Files, IReadOnlyList<string> Warnings,
    IReadOnlyDictionary<string, int> Counts, IReadOnlyList<RowOutcome> Rows);

public sealed record RequestListResponse(IReadOnlyList<RequestSummary> Items, string? NextCursor);
