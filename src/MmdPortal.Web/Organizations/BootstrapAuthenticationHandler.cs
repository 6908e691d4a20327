using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace MmdPortal.Web.Organizations;

/// <summary>Until sign-in arrives (the identity issue), every page visitor acts as an admin of the bootstrap
/// organisation. The API never uses this scheme: it always needs a key.</summary>
public sealed class BootstrapAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    BootstrapOrganization organization)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bootstrap";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, "Administrator"),
            new Claim(PortalClaims.OrganizationId, organization.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(PortalClaims.Scope, ApiScopes.Admin),
        ], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(
            new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
