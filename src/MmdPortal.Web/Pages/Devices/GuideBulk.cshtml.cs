using System.ComponentModel.DataAnnotations;
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

/// <summary>Step 4 in bulk: the blade's selection form posts here (its image buttons' formaction) with the checked
/// devices; one UPDATE records the image of all of them, then back to the view the admin came from.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class GuideBulkModel(IOrganizationScope organization, DeviceImageChecks checks, IStringLocalizer<GuideResource> text)
    : PageModel
{
    [BindProperty] public List<Guid> DeviceIds { get; set; } = [];
    [BindProperty, Required, Display(Name = "Image")] public ImageSource? Image { get; set; }
    [BindProperty] public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => LocalRedirect("/Devices");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        TempData["Done"] = await RunAsync(cancellationToken);
        // Only a local URL: an absolute one would make the portal an open redirect.
        return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : LocalRedirect("/Devices");
    }

    private async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || Image is not { } image || !Enum.IsDefined(image))
            return text["Nothing was changed: choose the image for the selected devices."];
        var ids = DeviceIds.Distinct().ToList();
        if (ids.Count == 0) return text["Nothing was changed: select one or more devices first."];
        if (ids.Count > DeviceImageChecks.MaxDevices)
            return text["Nothing was changed: one action takes at most {0} devices.", DeviceImageChecks.MaxDevices.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)];

        var result = await checks.RecordAsync(organization.OrganizationId!.Value, ids, image, User.Identity!.Name!, cancellationToken);
        var done = text["Image recorded for {0} devices: {1}.", result.Done.ToString("N0", System.Globalization.CultureInfo.CurrentCulture), text.For(image)].Value;
        return result.Problems.Count == 0 ? done
            : $"{done} {text["{0} left alone: no such device.", result.Problems.Count.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)]}";
    }
}
