using MmdPortal.Data.Devices;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.Devices;
using MmdPortal.Web.Infrastructure;
using MmdPortal.Web.Registrations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MmdPortal.Web.Pages.Devices;

/// <summary>The Devices blade, with the "Register devices" fly-in panel.</summary>
[UploadEndpoint]
public sealed class IndexModel(
    DeviceList devices, DeviceCounts counts, RequestQueries requests, DeviceRegistrar registrar,
    IAuthorizationService authorization, TimeProvider time, IStringLocalizer<IndexModel> localizer) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public DeviceStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true)] public bool NeedsLicence { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }
    [BindProperty(SupportsGet = true, Name = "request")] public Guid? RequestId { get; set; }
    [BindProperty(SupportsGet = true, Name = "sort")] public string? SortName { get; set; }
    [BindProperty(SupportsGet = true, Name = "direction")] public string? DirectionName { get; set; }

    /// <summary>The sort in effect: an unknown column or direction in the address falls back to the default.</summary>
    public DeviceFilter Filter { get; private set; } = new();
    public StatusCounts Counts { get; private set; } = new(new Dictionary<DeviceStatus, int>(), 0);
    public IReadOnlyList<DayCount> PerDay { get; private set; } = [];
    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>What an action on another page did (e.g. a deregistration), shown once.</summary>
    [TempData] public string? Done { get; set; }

    public DevicePage Devices { get; private set; } = new([], null);
    public RequestDocument? LatestRequest { get; private set; }
    public bool AnyPending { get; private set; }
    public bool ShowRegisterPanel { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>The blade's live region alone, fetched by devices.js while registrations are pending.</summary>
    public async Task<IActionResult> OnGetBladeAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Partial("_Blade", this);
    }

    /// <summary>"Validate only": the outcome every row would have, with nothing stored.</summary>
    public RequestDocument? Validation { get; private set; }

    public async Task<IActionResult> OnPostRegisterAsync(List<IFormFile> files, CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync()) return Forbid();
        var result = await UploadAsync(files, dryRun: false, cancellationToken);
        if (result?.RequestId is not { } requestId) return await RegisterPanelAsync(cancellationToken);
        return RedirectToPage(new { request = requestId });
    }

    public async Task<IActionResult> OnPostValidateAsync(List<IFormFile> files, CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync()) return Forbid();
        Validation = (await UploadAsync(files, dryRun: true, cancellationToken))?.Prediction;
        return await RegisterPanelAsync(cancellationToken);
    }

    private async Task<RegistrationResult?> UploadAsync(List<IFormFile> files, bool dryRun, CancellationToken cancellationToken)
    {
        var uploads = files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        if (uploads.Count == 0)
        {
            ModelState.AddModelError("files", localizer["Choose one or more CSV files with hardware hashes."]);
            return null;
        }

        var result = await registrar.RegisterAsync(Open(uploads), User.Identity?.Name, cancellationToken, dryRun);
        if (result.Problem is not { } problem) return result;
        ModelState.AddModelError("files", localizer["Nothing was registered. {0}", problem]);
        return null;
    }

    /// <summary>Readers see the blade; registering is for admins (Razor Pages authorise pages, not handlers).</summary>
    /// <summary>The current view (status, search, licence filter) as a download.</summary>
    public string ExportLink(string format) => Url.Page("/Devices/Export", new
    {
        status = Status, search = Search, needsLicence = NeedsLicence ? true : (bool?)null, format,
    })!;

    public async Task<bool> IsAdminAsync() => (await authorization.AuthorizeAsync(User, Policies.Admin)).Succeeded;

    public string StatusLink(DeviceStatus? status) => Link(status, needsLicence: false, Filter.Sort, Filter.Direction);

    public string NeedsLicenceLink() => Link(null, needsLicence: true, Filter.Sort, Filter.Direction);

    /// <summary>The header link: sorts on <paramref name="column"/>, or reverses it when it is the sort already.</summary>
    public string SortLink(DeviceSort column) => Link(Status, NeedsLicence, column, Filter.Sort != column ? null
        : Filter.Descending ? SortDirection.Ascending : SortDirection.Descending);

    /// <summary>The header's aria-sort, on the sorted column only.</summary>
    public string? AriaSort(DeviceSort column) =>
        Filter.Sort != column ? null : Filter.Descending ? "descending" : "ascending";

    public string? NextPageLink() => DeviceList.NextCursor(Devices) is { } next
        ? Link(Status, NeedsLicence, Filter.Sort, Filter.Direction, next) : null;

    public string RefreshLink() => Link(Status, NeedsLicence, Filter.Sort, Filter.Direction, Cursor, "Blade", RequestId);

    private string Link(DeviceStatus? status, bool needsLicence, DeviceSort sort, SortDirection? direction,
        string? cursor = null, string? handler = null, Guid? request = null) =>
        Url.Page("/Devices/Index", handler, new
        {
            status, search = Search, needsLicence = needsLicence ? true : (bool?)null,
            sort = sort == DeviceSort.Registered ? null : DeviceSortQuery.Name(sort),
            direction = direction is { } d ? DeviceSortQuery.Name(d) : null,
            cursor, request,
        })!;

    private async Task<IActionResult> RegisterPanelAsync(CancellationToken cancellationToken)
    {
        ShowRegisterPanel = true;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (!DeviceSortQuery.TryParse(SortName, out DeviceSort sort)) sort = DeviceSort.Registered;
        if (!DeviceSortQuery.TryParse(DirectionName, out SortDirection? direction)) direction = null;
        Filter = new DeviceFilter(Status, Search, NeedsLicence, sort, direction);
        // A cursor made up, or left over from another sort, starts again at the first page.
        if (!Infrastructure.Cursor.TryDecode(Cursor, (int)DeviceSort.Registered, out var after) || !DeviceList.Fits(after, Filter))
            after = null;
        Devices = await devices.PageAsync(Filter, PageSize, after, cancellationToken);
        Counts = await counts.CountAsync(cancellationToken);
        PerDay = await counts.PerDayAsync(cancellationToken);
        // The list is read before the counts: devices decided in between show as pending in the list while the
        // counts have none, and the blade must go on refreshing until the list shows them decided too.
        AnyPending = Counts.ByStatus.GetValueOrDefault(DeviceStatus.RegistrationPending) > 0
            || Devices.Items.Any(d => d.Status == DeviceStatus.RegistrationPending);
        // The request just uploaded, or else, while anything is pending, the organisation's latest one.
        var requestId = RequestId;
        if (requestId is null && AnyPending)
            requestId = (await requests.PageAsync(1, null, cancellationToken)).Items is [var latest, ..] ? latest.RequestId : null;
        if (requestId is { } id)
            LatestRequest = (await requests.GetAsync(id, null, 0, cancellationToken))?.Document;
    }

    private static async IAsyncEnumerable<UploadedFile> Open(IEnumerable<IFormFile> files)
    {
        foreach (var file in files)
        {
            await using var stream = file.OpenReadStream();
            yield return new UploadedFile(MultipartUpload.SafeFileName(file.FileName), stream);
        }
    }
}
