using MmdPortal.Data;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.Releases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MmdPortal.Web.Pages.Releases;

/// <summary>Release requests: the ones for this organisation's hardware, to release or decline, and its own.</summary>
public sealed class IndexModel(ReleaseList list, ReleaseDesk desk, IOrganizationScope organization,
    IAuthorizationService authorization, IStringLocalizer<IndexModel> localizer) : PageModel
{
    public ReleaseRequests Requests { get; private set; } = new([], []);
    public bool IsAdmin { get; private set; }

    [TempData] public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostReleaseAsync(Guid requestId, string? note, CancellationToken cancellationToken) =>
        DecideAsync(org => desk.ReleaseAsync(org, requestId, note, User.Identity!.Name!, cancellationToken),
            localizer["Released. Your device is deregistered and the other organization's device is registering."], cancellationToken);

    public Task<IActionResult> OnPostDeclineAsync(Guid requestId, string? note, CancellationToken cancellationToken) =>
        DecideAsync(org => desk.DeclineAsync(org, requestId, note, User.Identity!.Name!, cancellationToken),
            localizer["Declined. The other organization sees your note."], cancellationToken);

    private async Task<IActionResult> DecideAsync(Func<int, Task<ReleaseOutcome>> decide, string done, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.Admin)).Succeeded) return Forbid();
        var outcome = await decide(organization.OrganizationId!.Value);
        if (outcome.Kind == ReleaseOutcomeKind.NotFound) return NotFound();
        if (outcome.Kind != ReleaseOutcomeKind.Done)
        {
            ModelState.AddModelError(string.Empty, outcome.Problem!);
            await LoadAsync(cancellationToken);
            return Page();
        }

        Done = done;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Requests = await list.ListAsync(null, cancellationToken);
        IsAdmin = (await authorization.AuthorizeAsync(User, Policies.Admin)).Succeeded;
    }
}
