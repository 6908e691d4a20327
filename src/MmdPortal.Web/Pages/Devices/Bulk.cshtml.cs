using System.ComponentModel.DataAnnotations;
using System.Globalization;
using MmdPortal.Data;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.Devices;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MmdPortal.Web.Pages.Devices;

/// <summary>Where the Devices blade's selection form posts: retry, deregister or assign the checked devices, then
/// back to the view the admin came from, with what happened in its banner.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class BulkModel(IOrganizationScope organization, DeviceRetries retries, DeviceDeregistration deregistration,
    DeviceAssignments assignments) : PageModel
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
            return "Nothing was changed: the selection holds something that is not a device ID. Reload the page and select again.";
        var ids = DeviceIds.Distinct().ToList();
        if (ids.Count == 0) return "Nothing was changed: select one or more devices first.";
        if (ids.Count > DeviceRetries.MaxDevices)
            return string.Create(CultureInfo.InvariantCulture,
                $"Nothing was changed: {ids.Count:N0} devices are selected; one action takes at most {DeviceRetries.MaxDevices:N0}.");

        var org = organization.OrganizationId!.Value;
        var actor = User.Identity!.Name!;
        switch (Operation?.Trim().ToLowerInvariant())
        {
            case "retry":
                var retried = await retries.RetryAsync(org, ids, actor, cancellationToken);
                return BulkSummary.Of(retried, retried.RequestId is { } request ? $"retried as request {request}" : "retried");
            case "deregister":
                var deregistered = await deregistration.DeregisterAsync(org, ids, actor, cancellationToken);
                return BulkSummary.Of(deregistered, "deregistered; their hardware can be registered again");
            case "assign" or "assign-user" or "assign-tag":
                // The blade's buttons set one field each: the other box may be posted empty, and must not clear.
                var assignment = Operation.Trim().ToLowerInvariant() switch
                {
                    "assign-user" => new DeviceAssignment(AssignedUser ?? "", null),
                    "assign-tag" => new DeviceAssignment(null, GroupTag ?? ""),
                    _ => new DeviceAssignment(AssignedUser, GroupTag),
                };
                if (assignment.Problem() is { } problem) return $"Nothing was changed. {problem}";
                var assigned = await assignments.AssignAsync(org, ids, assignment, actor, cancellationToken);
                return BulkSummary.Of(assigned, $"updated ({DeviceAssignments.Describe(assignment)})");
            default:
                return "Nothing was changed: choose Retry, Deregister or Assign.";
        }
    }
}
