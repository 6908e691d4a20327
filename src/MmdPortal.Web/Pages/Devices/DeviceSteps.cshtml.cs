using MmdPortal.Data;
using MmdPortal.Data.Devices;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.Guide;
using MmdPortal.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MmdPortal.Web.Pages.Devices;

/// <summary>Where the device page's step 4 and 5 forms post: record the image, mark the device delivered; then back
/// to the device page with what happened, or why not.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class DeviceStepsModel(IOrganizationScope organization, IStringLocalizer<GuideResource> text) : PageModel
{
    public IActionResult OnGet(Guid id) => RedirectToPage("/Devices/Detail", new { id });

    public async Task<IActionResult> OnPostImageAsync(
        Guid id, ImageSource image, [FromServices] DeviceImageChecks checks, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || !Enum.IsDefined(image)) return BadRequest();
        var result = await checks.RecordAsync(organization.OrganizationId!.Value, [id], image, User.Identity!.Name!, cancellationToken);
        if (result.Done == 0) return NotFound();
        TempData["Done"] = text["Image recorded: {0}.", text.For(image)].Value;
        return RedirectToPage("/Devices/Detail", new { id });
    }

    public async Task<IActionResult> OnPostDeliverAsync(
        Guid id, string? recipient, [FromServices] DeviceDelivery delivery, CancellationToken cancellationToken)
    {
        var outcome = await delivery.DeliverAsync(organization.OrganizationId!.Value, id, recipient, User.Identity!.Name!, cancellationToken);
        if (outcome is null) return NotFound();
        if (outcome.Problem is { } problem) TempData[DeviceGuideViewComponent.ProblemKey] = text.For(problem);
        else TempData["Done"] = text["Delivered to {0}.", outcome.DeliveredTo!].Value;
        return RedirectToPage("/Devices/Detail", new { id });
    }
}
