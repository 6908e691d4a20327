using System.Globalization;
using System.Security.Claims;
using MmdPortal.Data;
using MmdPortal.Data.Organizations;
using MmdPortal.Web.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Identity.Web;

namespace MmdPortal.Web.Accounts;

/// <summary>Why a validated Entra token still does not get in.</summary>
public enum EntraRefusal
{
    /// <summary>The token's tenant is not in <c>AzureAd:AllowedTenants</c>.</summary>
    TenantNotAllowed,

    /// <summary>The user has neither app role of the portal.</summary>
    NoRole,

    /// <summary>The tenant is allowed, but no admin of it has signed in yet to create its organisation.</summary>
    OrganizationNotSetUp,
}

/// <summary>The outcome of mapping a validated Entra principal: the portal's principal, or why not.</summary>
public sealed record EntraSignIn(ClaimsPrincipal? Principal, EntraRefusal? Refusal);

/// <summary>Turns a principal validated by Microsoft.Identity.Web into the portal's own (organisation, role or
/// scope), so that the rest of the app sees the same claims as for local accounts and API keys.</summary>
public sealed class EntraSignIns(PortalDbContext db, EntraTenants tenants, TimeProvider time, ILogger<EntraSignIns> logger)
{
    public const string AuthenticationType = "EntraId";

    /// <summary>A user signing in to the pages: the tenant's organisation is created on its first admin's sign-in.</summary>
    public async Task<EntraSignIn> SignInUserAsync(ClaimsPrincipal validated, CancellationToken cancellationToken)
    {
        var tenantId = EntraTenants.Normalize(TenantId(validated));
        if (!tenants.IsAllowed(tenantId, out var configuredName)) return Refused(EntraRefusal.TenantNotAllowed, tenantId);
        var roles = Roles(validated);
        var role = roles.Contains(EntraAppRoles.Admin) ? PortalRoles.Admin
            : roles.Contains(EntraAppRoles.Reader) ? PortalRoles.Reader
            : null;
        if (role is null) return Refused(EntraRefusal.NoRole, tenantId);

        var organization = await FindAsync(tenantId!, cancellationToken);
        if (organization is null)
        {
            if (role != PortalRoles.Admin) return Refused(EntraRefusal.OrganizationNotSetUp, tenantId);
            organization = await CreateAsync(tenantId!, configuredName, cancellationToken);
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, ObjectId(validated) ?? ""),
            new(ClaimTypes.Name, DisplayName(validated)),
            new(ClaimTypes.Role, role),
            new(PortalClaims.OrganizationId, organization.Id.ToString(CultureInfo.InvariantCulture)),
            new(PortalClaims.OrganizationName, organization.Name),
            new(ClaimConstants.Tid, tenantId!),
        };
        return new EntraSignIn(new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationType)), null);
    }

    /// <summary>A bearer token calling the API: only tenants whose organisation exists; app roles become key scopes.
    /// A caller without a role gets a principal without a scope, so the API policies answer 403.</summary>
    public async Task<EntraSignIn> SignInApiCallerAsync(ClaimsPrincipal validated, CancellationToken cancellationToken)
    {
        var tenantId = EntraTenants.Normalize(TenantId(validated));
        if (!tenants.IsAllowed(tenantId, out _)) return Refused(EntraRefusal.TenantNotAllowed, tenantId);
        var organization = await FindAsync(tenantId!, cancellationToken);
        if (organization is null) return Refused(EntraRefusal.OrganizationNotSetUp, tenantId);

        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, DisplayName(validated)),
            new(PortalClaims.OrganizationId, organization.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimConstants.Tid, tenantId!),
        };
        var roles = Roles(validated);
        if (roles.Contains(EntraAppRoles.Admin)) claims.Add(new Claim(PortalClaims.Scope, ApiScopes.Admin));
        else if (roles.Contains(EntraAppRoles.Reader)) claims.Add(new Claim(PortalClaims.Scope, ApiScopes.Read));
        return new EntraSignIn(new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationType)), null);
    }

    private Task<Organization?> FindAsync(string tenantId, CancellationToken cancellationToken) =>
        db.Organizations.FirstOrDefaultAsync(o => o.EntraTenantId == tenantId, cancellationToken);

    private async Task<Organization> CreateAsync(string tenantId, string? configuredName, CancellationToken cancellationToken)
    {
        // An organisation of the configured name that has no tenant yet (e.g. the bootstrap one) is linked, not copied.
        var name = configuredName ?? $"Tenant {tenantId}";
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Name == name, cancellationToken);
        if (organization is not null && organization.EntraTenantId is not null) name = $"{name} ({tenantId})";
        if (organization is null || organization.EntraTenantId is not null)
        {
            organization = new Organization { Name = name, CreatedAt = time.GetUtcNow().UtcDateTime };
            db.Organizations.Add(organization);
        }

        organization.EntraTenantId = tenantId;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Linked Entra tenant {TenantId} to organisation {Organization}", tenantId, organization.Name);
            return organization;
        }
        catch (DbUpdateException)
        {
            // Another first sign-in of the same tenant won the race: use the organisation it created.
            db.ChangeTracker.Clear();
            return await FindAsync(tenantId, cancellationToken)
                ?? throw new InvalidOperationException($"The organisation of tenant {tenantId} could not be created.");
        }
    }

    private EntraSignIn Refused(EntraRefusal refusal, string? tenantId)
    {
        logger.LogWarning("Entra sign-in refused ({Refusal}) for tenant {TenantId}", refusal, tenantId);
        return new EntraSignIn(null, refusal);
    }

    // The JWT handlers may map the short claim names to the long ones; accept both.
    private static string? TenantId(ClaimsPrincipal principal) =>
        principal.FindFirst(ClaimConstants.Tid)?.Value ?? principal.FindFirst(ClaimConstants.TenantId)?.Value;

    private static string? ObjectId(ClaimsPrincipal principal) =>
        principal.FindFirst(ClaimConstants.Oid)?.Value ?? principal.FindFirst(ClaimConstants.ObjectId)?.Value;

    private static HashSet<string> Roles(ClaimsPrincipal principal) =>
        principal.Claims.Where(c => c.Type is ClaimConstants.Roles or ClaimConstants.Role or ClaimTypes.Role)
            .Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

    private static string DisplayName(ClaimsPrincipal principal) =>
        principal.FindFirst(ClaimConstants.Name)?.Value
        ?? principal.FindFirst(ClaimConstants.PreferredUserName)?.Value
        ?? principal.FindFirst(ClaimTypes.Name)?.Value
        ?? ObjectId(principal)
        ?? "Entra user";
}
