using System.Data.Common;
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
        if (key.LastUsedAt is null || now - key.LastUsedAt > TimeSpan.FromMinutes(1)) await RecordUseAsync(key.Id, now);

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

    /// <summary>"Last used" is a hint: no call waits long for it or fails because of it. On SQLite even a read-only
    /// call would otherwise queue for the one write lock behind the uploads and, under load, fail with "database is
    /// locked" when the busy timeout ran out: the load test (issue 9) got 123 such 500s on the blade and check-ins
    /// with 20 uploaders. When the write cannot be made within a second it is skipped; the key's next call retries.</summary>
    private async Task RecordUseAsync(int keyId, DateTime now)
    {
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromSeconds(1));
        try
        {
            await db.ApiKeys.IgnoreQueryFilters().Where(k => k.Id == keyId)
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);
        }
        catch (DbException ex)
        {
            Logger.LogWarning(ex, "The last use of API key {KeyId} was not recorded: the database is busy", keyId);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = HeaderName;
        return base.HandleChallengeAsync(properties);
    }
}
