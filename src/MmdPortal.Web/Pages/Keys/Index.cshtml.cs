using System.ComponentModel.DataAnnotations;
using MmdPortal.Data;
using MmdPortal.Data.Audit;
using MmdPortal.Web.Audit;
using MmdPortal.Web.Organizations;
using MmdPortal.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MmdPortal.Web.Pages.Keys;

/// <summary>An admin's API keys of their own organisation: create one (its secret shown once), revoke one.</summary>
public sealed class IndexModel(ApiKeys keys, IOrganizationScope organization, AuditLog audit, IStringLocalizer<IndexModel> localizer) : PageModel
{
    public IReadOnlyList<ApiKeySummary> Keys { get; private set; } = [];
    public string? Done { get; private set; }

    /// <summary>The secret of the key just created: in this response only, never stored.</summary>
    public string? NewSecret { get; private set; }

    [BindProperty] public NewKey Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input.ExpiresOn = keys.DefaultExpiry;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var creation = await keys.CreateAsync(organization.OrganizationId!.Value,
                new NewApiKey(Input.Name, Input.Scope, Input.ExpiresOn, Input.NeverExpires), cancellationToken);
            if (creation.Problem is { } problem) ModelState.AddModelError("Input.Name", problem);
            else
            {
                NewSecret = creation.Secret;
                await audit.RecordAsync(AuditActions.KeyCreated, creation.Key!.Name, StoredText.Of(PortalText.Key("Scope {0}"), creation.Key.Scope), cancellationToken);
                // The secret must not outlive this response in a browser or proxy cache.
                Response.Headers.CacheControl = "no-store";
                Done = localizer["Created the key {0}.", creation.Key!.Name];
                Input = new NewKey { ExpiresOn = keys.DefaultExpiry };
                ModelState.Clear();
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        if (!await keys.RevokeAsync(id, cancellationToken)) return NotFound();
        await audit.RecordAsync(AuditActions.KeyRevoked, id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, cancellationToken);
        Done = localizer["The key was revoked; calls with it fail from now on."];
        Input.ExpiresOn = keys.DefaultExpiry;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) => Keys = await keys.ListAsync(cancellationToken);

    public sealed class NewKey
    {
        [Required, StringLength(200), Display(Name = "Name")] public string Name { get; set; } = "";
        [Required, Display(Name = "Scope")] public string Scope { get; set; } = ApiScopes.Read;
        [Display(Name = "Expires on"), DataType(DataType.Date)] public DateOnly? ExpiresOn { get; set; }
        [Display(Name = "Never expires")] public bool NeverExpires { get; set; }
    }
}
