using MmdPortal.Data;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.Audit;
using MmdPortal.Web.Catalog;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MmdPortal.Web.Pages.Catalog;

/// <summary>The hardware catalog the organisation sees; admins add models and remove their own.</summary>
public sealed class IndexModel(
    HardwareCatalog catalog, OrganizationModels models, IOrganizationScope organization, AuditLog audit,
    IAuthorizationService authorization, IStringLocalizer<IndexModel> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty] public NewModel Input { get; set; } = new();

    public CatalogView View { get; private set; } = new([]);
    public IReadOnlyList<CatalogEntry> Shown { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public string? Done { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync()) return Forbid();
        var addition = await models.AddAsync(organization.OrganizationId!.Value,
            new NewCatalogModel(Input.Manufacturer, Input.Model, [Input.MachineTypes ?? ""]), User.Identity?.Name, cancellationToken);
        if (addition.Entry is { } entry)
        {
            await audit.RecordAddedAsync(entry, cancellationToken);
            Done = localizer["Added {0} {1} to your organisation's catalog.", entry.Manufacturer, entry.Model];
            Input = new NewModel();
            ModelState.Clear();
        }
        else ModelState.AddModelError("", addition.Problem!);

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync()) return Forbid();
        if (await models.RemoveAsync(id, cancellationToken) is not { } entry) return NotFound();
        await audit.RecordRemovedAsync(entry, cancellationToken);
        Done = localizer["Removed {0} {1}; devices of this model are no longer found in the catalog.", entry.Manufacturer, entry.Model];
        ModelState.Clear();
        await LoadAsync(cancellationToken);
        return Page();
    }

    // Readers see the catalog; changing it is for admins (Razor Pages authorise pages, not handlers).
    private async Task<bool> IsAdminAsync() => (await authorization.AuthorizeAsync(User, Policies.Admin)).Succeeded;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CanEdit = await IsAdminAsync();
        View = await catalog.ForCurrentOrganizationAsync(cancellationToken);
        Shown = View.Search(Search);
    }

    public sealed class NewModel
    {
        public string? Manufacturer { get; set; }
        public string? Model { get; set; }
        public string? MachineTypes { get; set; }
    }
}
