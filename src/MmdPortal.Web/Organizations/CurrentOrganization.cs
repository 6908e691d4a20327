using System.Globalization;
using MmdPortal.Data;

namespace MmdPortal.Web.Organizations;

/// <summary>The organisation of the signed-in user or API key; outside a request (the worker) there is none,
/// and the tenant filter then matches nothing.</summary>
public sealed class CurrentOrganization(IHttpContextAccessor http) : IOrganizationScope
{
    public int? OrganizationId
    {
        get
        {
            var claim = http.HttpContext?.User.FindFirst(PortalClaims.OrganizationId)?.Value;
            return int.TryParse(claim, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        }
    }
}
