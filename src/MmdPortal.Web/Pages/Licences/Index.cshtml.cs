using MmdPortal.Web.Accounts;
using MmdPortal.Web.Devices;
using MmdPortal.Web.Licences;
using MmdPortal.Web.Registrations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MmdPortal.Web.Pages.Licences;

/// <summary>The organisation's licensed users: readers look them up, admins add, remove and upload a CSV.</summary>
public sealed class IndexModel(LicensedUserList licences, IAuthorizationService authorization, IStringLocalizer<IndexModel> localizer) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }

    public LicencePage Licences { get; private set; } = new([], null);
    public bool CanEdit { get; private set; }
    public string? Done { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(string? userPrincipalName, CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync()) return Forbid();
        if (UserPrincipalNames.Problem(userPrincipalName) is { } problem)
            ModelState.AddModelError("userPrincipalName", localizer["Nothing was added: {0}", problem]);
        else
        {
            var name = UserPrincipalNames.Normalise(userPrincipalName!);
            var change = await licences.AddAsync([name], User.Identity?.Name, cancellationToken);
            Done = change.Added == 1 ? localizer["{0} now holds a licence.", name] : localizer["{0} holds a licence already.", name];
        }

        return await PageAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? userPrincipalName, CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync()) return Forbid();
        var name = UserPrincipalNames.Normalise(userPrincipalName ?? "");
        if (await licences.RemoveAsync(name, cancellationToken))
            Done = localizer["{0} no longer holds a licence; their {1} devices are flagged again.", name, StatusText.For(MmdPortal.Data.Devices.DeviceStatus.ReadyForUser)];
        else ModelState.AddModelError("", localizer["{0} held no licence: nothing was removed.", name]);
        return await PageAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync()) return Forbid();
        if (file is null || (file.Length == 0 && string.IsNullOrEmpty(file.FileName)))
            ModelState.AddModelError("file", localizer["Choose a CSV file with one user principal name per line."]);
        else
        {
            await using var stream = file.OpenReadStream();
            var import = await licences.ImportAsync(stream, MultipartUpload.SafeFileName(file.FileName), User.Identity?.Name, cancellationToken);
            if (import.Problem is { } problem) ModelState.AddModelError("file", localizer["Nothing was added. {0}", problem]);
            else Done = localizer["Added {0:N0} licensed users; {1:N0} held a licence already.", import.Change!.Added, import.Change.AlreadyLicensed];
        }

        return await PageAsync(cancellationToken);
    }

    private async Task<IActionResult> PageAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Readers see the list; changing it is for admins (Razor Pages authorise pages, not handlers).</summary>
    private async Task<bool> IsAdminAsync() => (await authorization.AuthorizeAsync(User, Policies.Admin)).Succeeded;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CanEdit = await IsAdminAsync();
        if (!Infrastructure.Cursor.TryDecode(Cursor, out var after)) after = null;
        Licences = await licences.PageAsync(Search, PageSize, after, cancellationToken);
    }
}
