using System.ComponentModel;
using MmdPortal.Web.ApiReference;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.Infrastructure;
using MmdPortal.Web.Organizations;
using MmdPortal.Web.Registrations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Licences;

/// <summary>The organisation's licensed users for scripts: list, add in bulk, import a CSV, remove one.</summary>
public static class LicencesApi
{
    public const int MaxNamesPerCall = 10_000;

    public static IEndpointRouteBuilder MapLicencesApi(this IEndpointRouteBuilder app)
    {
        var licences = app.MapGroup("/api/v1/licences").RequireAuthorization(Policies.ApiRead)
            .RequireRateLimiting(OrganizationsRegistration.ApiRateLimit).WithTags(ApiTags.Licences);
        licences.MapGet("/", ListAsync).WithName("ListLicences")
            .WithSummary("The organisation's licensed users, newest first, in keyset pages.")
            .WithDescription("Each user with who added them and when. Pass the answer's `nextCursor` as `cursor` for the " +
                "next page (`null` on the last one).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        licences.MapPost("/", AddAsync).WithName("AddLicences").RequireAuthorization(Policies.ApiAdmin)
            .WithSummary("License up to 10,000 users; users licensed already are counted, not refused.")
            .WithDescription("Idempotent: answers how many were `added` and how many were `alreadyLicensed`. A name " +
                "that is not a user principal name is a `400` naming its `index` and `value`, and nothing is stored.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        licences.MapPost("/import", ImportAsync).WithName("ImportLicences").RequireAuthorization(Policies.ApiAdmin)
            .WithMetadata(new UploadEndpointAttribute())
            .WithSummary("License the users of a CSV (multipart part named 'files'); a name that is not valid refuses the whole file.")
            .WithDescription("One user principal name per line, with or without a header (`UserPrincipalName`, `UPN`, " +
                "`User` or `Email`), in a multipart part named `files`. A line that is not valid is a `400` naming the " +
                "`file` and `line`, and nothing is stored.")
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .DisableAntiforgery();
        licences.MapDelete("/{upn}", RemoveAsync).WithName("RemoveLicence").RequireAuthorization(Policies.ApiAdmin)
            .WithSummary("Take a user's licence away.")
            .WithDescription("`204` when removed; `404` when the user holds no licence in your organisation.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<LicenceListResponse>, ProblemHttpResult>> ListAsync(
        LicensedUserList list,
        [Description("Part of a user principal name, without regard to case.")] string? search,
        [Description("Users per page, 1 to 500 (default 100).")] int? pageSize,
        [Description("The previous page's nextCursor, unchanged; left out for the first page.")] string? cursor,
        CancellationToken cancellationToken)
    {
        var size = pageSize ?? 100;
        if (size is < 1 or > 500) return BadRequest(PortalText.Format("{0} must be between {1} and {2}.", "pageSize", 1, 500));
        if (!Cursor.TryDecode(cursor, out var after))
            return BadRequest(PortalText.Get("The cursor is not valid. Pass back the nextCursor of the previous page unchanged."));
        var page = await list.PageAsync(search, size, after, cancellationToken);
        return TypedResults.Ok(new LicenceListResponse(page.Items, page.NextAfter is { } next ? Cursor.Encode(next) : null));
    }

    private static async Task<Results<Ok<LicenceChange>, ProblemHttpResult>> AddAsync(
        NewLicences request, LicensedUserList list, HttpContext context, CancellationToken cancellationToken)
    {
        var names = request.UserPrincipalNames;
        if (names is null || names.Count == 0)
            return BadRequest(PortalText.Get("List the users to license in userPrincipalNames, e.g. { \"userPrincipalNames\": [\"adele.vance@contoso.com\"] }."));
        if (names.Count > MaxNamesPerCall)
            return BadRequest(PortalText.Format(
                "userPrincipalNames holds {0:N0} names; send at most {1:N0} per call, or import a CSV.", names.Count, MaxNamesPerCall));
        for (var i = 0; i < names.Count; i++)
        {
            if (UserPrincipalNames.Problem(names[i]) is { } problem)
                return TypedResults.Problem(PortalText.Format("userPrincipalNames[{0}]: {1} Nothing was stored.", i, problem),
                    statusCode: StatusCodes.Status400BadRequest, title: PortalText.Get("The request is not valid."),
                    extensions: new Dictionary<string, object?> { ["index"] = i, ["value"] = names[i] });
        }

        return TypedResults.Ok(await list.AddAsync(names, context.User.Identity?.Name, cancellationToken));
    }

    private static async Task<Results<Ok<LicenceChange>, ProblemHttpResult>> ImportAsync(
        HttpContext context, LicensedUserList list, IOptions<UploadOptions> options, CancellationToken cancellationToken)
    {
        var refused = PortalText.Get("The upload cannot be used; nothing was stored.");
        if (!MultipartUpload.TryGetBoundary(context.Request, out var boundary))
            return TypedResults.Problem(PortalText.Get("Send the CSV as multipart/form-data, in a part named 'files'."),
                statusCode: StatusCodes.Status400BadRequest, title: refused);

        LicenceImport? import = null;
        try
        {
            await foreach (var file in MultipartUpload.ReadFilesAsync(context.Request, boundary, cancellationToken))
            {
                import = await list.ImportAsync(file.Content, file.Name, context.User.Identity?.Name, cancellationToken);
                break;
            }
        }
        catch (Exception ex) when (UploadReadFailure.TryDescribe(ex, options.Value.MaxBytes, out var status, out var detail))
        {
            return TypedResults.Problem(detail, statusCode: status, title: refused);
        }

        if (import is null)
            return TypedResults.Problem(PortalText.Get("The request holds no file. Send the CSV in a multipart part named 'files'."),
                statusCode: StatusCodes.Status400BadRequest, title: refused);
        if (import.Problem is { } problem)
            return TypedResults.Problem(problem.ToString(), statusCode: StatusCodes.Status400BadRequest, title: refused,
                extensions: new Dictionary<string, object?> { ["file"] = problem.File, ["line"] = problem.Line });
        return TypedResults.Ok(import.Change!);
    }

    private static async Task<Results<NoContent, NotFound>> RemoveAsync(
        [Description("The user principal name (URL-encode the @ as %40 if your client needs to).")] string upn, LicensedUserList list, CancellationToken cancellationToken) =>
        await list.RemoveAsync(upn, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: PortalText.Get("The request is not valid."));
}

/// <param name="UserPrincipalNames">The users to license, e.g. adele.vance@contoso.com.</param>
public sealed record NewLicences(IReadOnlyList<string>? UserPrincipalNames);

public sealed record LicenceListResponse(IReadOnlyList<LicensedUserSummary> Items, string? NextCursor);
