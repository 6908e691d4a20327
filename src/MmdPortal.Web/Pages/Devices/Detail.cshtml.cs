using MmdPortal.Data;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.Devices;
using MmdPortal.Web.Releases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MmdPortal.Web.Pages.Devices;

/// <summary>One device: its fields, its timeline, its requests, and the admin's actions on it (retry,
/// deregister, ask for its hardware to be released).</summary>
public sealed class DetailModel(
    DeviceDetails details,
    DeviceTimeline timeline,
    ReleaseList releases,
    IOrganizationScope organization,
    IAuthorizationService authorization,
    IStringLocalizer<DetailModel> localizer) : PageModel
{
    public DeviceDetail Detail { get; private set; } = null!;
    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];
    public ReleaseRequests Releases { get; private set; } = new([], []);
    public bool IsAdmin { get; private set; }

    [TempData] public string? Done { get; set; }

    [BindProperty] public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostRetryAsync(Guid id, [FromServices] DeviceRetries retries, CancellationToken cancellationToken) =>
        AsAdminAsync(id, async org =>
        {
            var result = await retries.RetryAsync(org, [id], User.Identity!.Name!, cancellationToken);
            if (result.Problems.Count > 0) return await ShowAsync(id, result.Problems[0].Problem, cancellationToken);
            Done = localizer["The device is registering again as request {0}.", result.RequestId!];
            return RedirectToPage(new { id });
        });

    public Task<IActionResult> OnPostDeregisterAsync(
        Guid id, [FromServices] DeviceDeregistration deregistration, CancellationToken cancellationToken) =>
        AsAdminAsync(id, async org =>
        {
            var result = await deregistration.DeregisterAsync(org, [id], User.Identity!.Name!, cancellationToken);
            if (result.Done == 0) return NotFound();
            TempData["Done"] = localizer["Device {0} is deregistered. Its hardware can be registered again.", Detail.Device.SerialNumber].Value;
            return RedirectToPage("/Devices/Index");
        });

    public Task<IActionResult> OnPostRequestReleaseAsync(Guid id, [FromServices] ReleaseDesk desk, CancellationToken cancellationToken) =>
        AsAdminAsync(id, async org =>
        {
            var outcome = await desk.RequestAsync(org, id, Note, User.Identity!.Name!, cancellationToken);
            if (outcome.Kind != ReleaseOutcomeKind.Done) return await ShowAsync(id, outcome.Problem!, cancellationToken);
            Done = localizer["Release requested ({0}). The other organization's admins will see your note.", outcome.RequestId!];
            return RedirectToPage(new { id });
        });

    public Task<IActionResult> OnPostWithdrawAsync(
        Guid id, Guid requestId, [FromServices] ReleaseDesk desk, CancellationToken cancellationToken) =>
        AsAdminAsync(id, async org =>
        {
            var outcome = await desk.WithdrawAsync(org, requestId, User.Identity!.Name!, cancellationToken);
            if (outcome.Kind != ReleaseOutcomeKind.Done) return await ShowAsync(id, outcome.Problem!, cancellationToken);
            Done = localizer["Release request withdrawn."];
            return RedirectToPage(new { id });
        });

    private async Task<IActionResult> AsAdminAsync(Guid id, Func<int, Task<IActionResult>> action)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.Admin)).Succeeded) return Forbid();
        if (!await LoadAsync(id, HttpContext.RequestAborted)) return NotFound();
        return await action(organization.OrganizationId!.Value);
    }

    private async Task<IActionResult> ShowAsync(Guid id, string problem, CancellationToken cancellationToken)
    {
        ModelState.AddModelError(string.Empty, problem);
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await details.FindAsync(id, cancellationToken) is not { } detail) return false;
        Detail = detail;
        Timeline = await timeline.FindAsync(id, cancellationToken) ?? [];
        Releases = await releases.ListAsync(id, cancellationToken);
        IsAdmin = (await authorization.AuthorizeAsync(User, Policies.Admin)).Succeeded;
        return true;
    }
}
