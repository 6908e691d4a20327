using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace MmdPortal.Web.Accounts;

/// <summary>Who may open which page. Organisation pages are the default, so a new folder needs the Reader
/// policy at least; Support staff belong to no organisation and get their own pages only.</summary>
public static class PageAuthorization
{
    public static PageConventionCollection AuthorizePortalPages(this PageConventionCollection conventions)
    {
        conventions.AddFolderApplicationModelConvention("/", model =>
        {
            if (model.ViewEnginePath != "/Index" && !model.ViewEnginePath.StartsWith("/Support/", StringComparison.Ordinal))
                model.EndpointMetadata.Add(new AuthorizeAttribute(Policies.Reader));
        });
        conventions.AuthorizePage("/Index", Policies.SignedIn);
        conventions.AuthorizeFolder("/Support", Policies.Support);
        conventions.AuthorizeFolder("/Users", Policies.Admin);
        conventions.AuthorizeFolder("/Audit", Policies.Admin);
        conventions.AuthorizeFolder("/Keys", Policies.Admin);
        conventions.AuthorizeFolder("/Organization", Policies.Admin);
        conventions.AllowAnonymousToFolder("/Account");
        conventions.AllowAnonymousToPage("/Error");
        return conventions;
    }
}
