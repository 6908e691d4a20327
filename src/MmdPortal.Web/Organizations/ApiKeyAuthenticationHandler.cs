using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using MmdPortal.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MmdPortal.Web.Organizations;

/// <summary>Signs API calls in by the organisation key in the <c>X-Api-Key</c> header.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    PortalDbContext db, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || string.IsNullOrWhiteSpace(values.ToString()))
            return AuthenticateResult.NoResult();

        var hash = ApiKeyHasher.Hash(values.ToString().Trim());
        var now = time.GetUtcNow().UtcDateTime;
        // Keys are looked up before anyone is signed in, so across organisations by their (unique) hash.
        var key = await db.ApiKeys.IgnoreQueryFilters().AsNoTracking()
            .Where(k => k.KeyHash == hash && k.RevokedAt == null && (k.ExpiresAt == null || k.ExpiresAt > now))
            .Select(k => new
            {
                k.Id, k.OrganizationId, k.Name, k.Scope, k.LastUsedAt,
                // For the logs, as pages' sign-ins carry it (see RequestLogEnricher).
                OrganizationName = db.Organizations.Where(o => o.Id == k.OrganizationId).Select(o => o.Name).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (key is null) return AuthenticateResult.Fail("The API key is not valid.");

        // "Last used" to the minute is enough, and saves a write on every call.
        if (key.LastUsedAt is null || now - key.LastUsedAt > TimeSpan.FromMinutes(1))
            await db.ApiKeys.IgnoreQueryFilters().Where(k => k.Id == key.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, $"API key '{key.Name}'"),
            new Claim(PortalClaims.OrganizationId, key.OrganizationId.ToString(CultureInfo.InvariantCulture)),
            new Claim(PortalClaims.OrganizationName, key.OrganizationName ?? ""),
            new Claim(PortalClaims.Scope, key.Scope),
            new Claim(PortalClaims.KeyId, key.Id.ToString(CultureInfo.InvariantCulture)),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = HeaderName;
        return base.HandleChallengeAsync(properties);
    }
}
