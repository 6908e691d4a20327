using MmdPortal.Data.Audit;
using MmdPortal.Data.Devices;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.Audit;
using MmdPortal.Web.Devices;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MmdPortal.Web.Pages.Devices;

/// <summary>The Devices view as a CSV download: the same filter words as the blade, every device rather than one
/// page. Readers get the blade's columns; the hardware hashes are for admins.</summary>
[Authorize(Policy = Policies.Reader)]
public sealed class ExportModel(DeviceExport export, AuditLog audit, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)] public DeviceStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true)] public bool NeedsLicence { get; set; }
    [BindProperty(SupportsGet = true)] public string? Format { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!DeviceExportFormats.TryParse(Format, out var format)) return BadRequest(DeviceExportFormats.Problem);
        // An unknown status would otherwise silently export every device.
        if (!ModelState.IsValid) return BadRequest("status or needsLicence is not valid; use the values the Devices page links to.");
        var filter = new DeviceFilter(Status, Search, NeedsLicence);
        if (format == DeviceExportFormat.Hashes)
        {
            // Raw hashes carry TPM keys and MAC addresses.
            if (!(await authorization.AuthorizeAsync(User, Policies.Admin)).Succeeded) return Forbid();
            await audit.RecordAsync(AuditActions.HardwareHashesExported, null, DeviceExportAudit.Describe(filter), cancellationToken);
        }

        Response.ContentType = DeviceExport.ContentType;
        Response.Headers.ContentDisposition = $"attachment; filename=\"{export.FileName(format)}\"";
        await export.WriteAsync(format, filter, Response.Body, cancellationToken);
        return new EmptyResult();
    }
}
