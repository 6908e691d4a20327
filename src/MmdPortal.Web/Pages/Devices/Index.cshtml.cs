using MmdPortal.Data.Devices;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.Devices;
using MmdPortal.Web.Infrastructure;
using MmdPortal.Web.Registrations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MmdPortal.Web.Pages.Devices;

/// <summary>The Devices blade, with the "Register devices" fly-in panel.</summary>
[UploadEndpoint]
public sealed class IndexModel(
    DeviceList devices, RequestQueries requests, DeviceRegistrar registrar, IAuthorizationService authorization) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public DeviceStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true)] public bool NeedsLicence { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }
    [BindProperty(SupportsGet = true, Name = "request")] public Guid? RequestId { get; set; }

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
            ModelState.AddModelError("files", "Choose one or more CSV files with hardware hashes.");
            return null;
        }

        var result = await registrar.RegisterAsync(Open(uploads), User.Identity?.Name, cancellationToken, dryRun);
        if (result.Problem is not { } problem) return result;
        ModelState.AddModelError("files", $"Nothing was registered. {problem}");
        return null;
    }

    /// <summary>Readers see the blade; registering is for admins (Razor Pages authorise pages, not handlers).</summary>
    public async Task<bool> IsAdminAsync() => (await authorization.AuthorizeAsync(User, Policies.Admin)).Succeeded;

    public string StatusLink(DeviceStatus? status) =>
        Url.Page("/Devices/Index", new { status, search = Search })!;

    public string NeedsLicenceLink() => Url.Page("/Devices/Index", new { needsLicence = true, search = Search })!;

    private async Task<IActionResult> RegisterPanelAsync(CancellationToken cancellationToken)
    {
        ShowRegisterPanel = true;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        long? after = null;
        if (!Infrastructure.Cursor.TryDecode(Cursor, out after)) after = null;
        Devices = await devices.PageAsync(new DeviceFilter(Status, Search, NeedsLicence), PageSize, after, cancellationToken);
        AnyPending = await devices.AnyPendingAsync(cancellationToken);
        if (RequestId is { } requestId)
            LatestRequest = (await requests.GetAsync(requestId, null, 0, cancellationToken))?.Document;
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
