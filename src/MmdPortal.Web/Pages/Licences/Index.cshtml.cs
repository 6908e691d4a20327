using System.Globalization;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.Licences;
using MmdPortal.Web.Registrations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MmdPortal.Web.Pages.Licences;

/// <summary>The organisation's licensed users: readers look them up, admins add, remove and upload a CSV.</summary>
public sealed class IndexModel(LicensedUserList licences, IAuthorizationService authorization) : PageModel
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
            ModelState.AddModelError("userPrincipalName", $"Nothing was added: {problem}");
        else
        {
            var name = UserPrincipalNames.Normalise(userPrincipalName!);
            var change = await licences.AddAsync([name], User.Identity?.Name, cancellationToken);
            Done = change.Added == 1 ? $"{name} now holds a licence." : $"{name} holds a licence already.";
        }

        return await PageAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? userPrincipalName, CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync()) return Forbid();
        var name = UserPrincipalNames.Normalise(userPrincipalName ?? "");
        if (await licences.RemoveAsync(name, cancellationToken))
            Done = $"{name} no longer holds a licence; their Ready for user devices are flagged again.";
        else ModelState.AddModelError("", $"{name} held no licence: nothing was removed.");
        return await PageAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync()) return Forbid();
        if (file is null || (file.Length == 0 && string.IsNullOrEmpty(file.FileName)))
            ModelState.AddModelError("file", "Choose a CSV file with one user principal name per line.");
        else
        {
            await using var stream = file.OpenReadStream();
            var import = await licences.ImportAsync(stream, MultipartUpload.SafeFileName(file.FileName), User.Identity?.Name, cancellationToken);
            if (import.Problem is { } problem) ModelState.AddModelError("file", $"Nothing was added. {problem}");
            else Done = string.Create(CultureInfo.InvariantCulture,
                $"Added {import.Change!.Added:N0} licensed users; {import.Change.AlreadyLicensed:N0} held a licence already.");
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
