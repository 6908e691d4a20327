using System.ComponentModel.DataAnnotations;
using MmdPortal.Data;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.Devices;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MmdPortal.Web.Pages.Devices;

/// <summary>Where the Devices blade's selection form posts: retry, deregister or assign the checked devices, then
/// back to the view the admin came from, with what happened in its banner.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class BulkModel(IOrganizationScope organization, DeviceRetries retries, DeviceDeregistration deregistration,
    DeviceAssignments assignments, IStringLocalizer<BulkModel> localizer) : PageModel
{
    [BindProperty] public List<Guid> DeviceIds { get; set; } = [];
    [BindProperty(Name = "action")] public string? Operation { get; set; }
    // Kept as posted: an empty field clears the value, as "" does in the API; a field not posted stays as it is.
    [BindProperty, DisplayFormat(ConvertEmptyStringToNull = false)] public string? AssignedUser { get; set; }
    [BindProperty, DisplayFormat(ConvertEmptyStringToNull = false)] public string? GroupTag { get; set; }
    [BindProperty] public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        TempData["Done"] = await RunAsync(cancellationToken);
        // Only a local URL: an absolute one would make the portal an open redirect.
        return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : LocalRedirect("/Devices");
    }

    private async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
            return localizer["Nothing was changed: the selection holds something that is not a device ID. Reload the page and select again."];
        var ids = DeviceIds.Distinct().ToList();
        if (ids.Count == 0) return localizer["Nothing was changed: select one or more devices first."];
        if (ids.Count > DeviceRetries.MaxDevices)
            return localizer["Nothing was changed: {0:N0} devices are selected; one action takes at most {1:N0}.", ids.Count, DeviceRetries.MaxDevices];

        var org = organization.OrganizationId!.Value;
        var actor = User.Identity!.Name!;
        switch (Operation?.Trim().ToLowerInvariant())
        {
            case "retry":
                var retried = await retries.RetryAsync(org, ids, actor, cancellationToken);
                return BulkSummary.Of(retried, retried.RequestId is { } request ? localizer["retried as request {0}", request] : localizer["retried"]);
            case "deregister":
                var deregistered = await deregistration.DeregisterAsync(org, ids, actor, cancellationToken);
                return BulkSummary.Of(deregistered, localizer["deregistered; their hardware can be registered again"]);
            case "assign" or "assign-user" or "assign-tag":
                // The blade's buttons set one field each: the other box may be posted empty, and must not clear.
                var assignment = Operation.Trim().ToLowerInvariant() switch
                {
                    "assign-user" => new DeviceAssignment(AssignedUser ?? "", null),
                    "assign-tag" => new DeviceAssignment(null, GroupTag ?? ""),
                    _ => new DeviceAssignment(AssignedUser, GroupTag),
                };
                if (assignment.Problem() is { } problem) return localizer["Nothing was changed. {0}", problem];
                var assigned = await assignments.AssignAsync(org, ids, assignment, actor, cancellationToken);
                return BulkSummary.Of(assigned, localizer["updated ({0})", DeviceAssignments.Describe(assignment)]);
            default:
                return localizer["Nothing was changed: choose Retry, Deregister or Assign."];
        }
    }
}
