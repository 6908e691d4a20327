using System.Buffers.Text;
using System.Security.Cryptography;
using MmdPortal.Data;
using MmdPortal.Data.Organizations;
using Microsoft.EntityFrameworkCore;
using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Organizations;

/// <summary>An organisation's API keys: created with a scope and an expiry, shown once, stored as SHA-256,
/// revoked at once. Listing and revoking go through the tenant filter: another organisation's keys are not there.</summary>
public sealed class ApiKeys(PortalDbContext db, TimeProvider time)
{
    public const string SecretPrefix = "mmd_";
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(90);
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(2 * 365);
    public static readonly IReadOnlyList<string> Scopes = [ApiScopes.Admin, ApiScopes.Read, ApiScopes.CheckIn];

    /// <summary>The default expiry date offered for a new key: <see cref="DefaultLifetime"/> from today.</summary>
    public DateOnly DefaultExpiry => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime + DefaultLifetime);

    public async Task<IReadOnlyList<ApiKeySummary>> ListAsync(CancellationToken cancellationToken) =>
        await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id)
            .Select(k => new ApiKeySummary(k.Id, k.Name, k.Scope, k.CreatedAt, k.ExpiresAt, k.LastUsedAt, k.RevokedAt))
            .ToListAsync(cancellationToken);

    /// <summary>Creates a key of <paramref name="organizationId"/>; its secret is in the result and nowhere else.
    /// A key expires at 00:00 UTC of its expiry date, which must lie after today and within two years.</summary>
    public async Task<ApiKeyCreation> CreateAsync(int organizationId, NewApiKey request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > 200) return ApiKeyCreation.Failed(PortalText.Format("Enter a name of at most {0} characters.", 200));
        if (!Scopes.Contains(request.Scope)) return ApiKeyCreation.Failed(PortalText.Get("Choose the scope admin, read or checkin."));
        DateTime? expiresAt = null;
        if (!request.NeverExpires)
        {
            expiresAt = (request.ExpiresOn ?? DateOnly.FromDateTime(now + DefaultLifetime)).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            if (expiresAt <= now) return ApiKeyCreation.Failed(PortalText.Get("Choose an expiry date after today."));
            if (expiresAt > now + MaxLifetime) return ApiKeyCreation.Failed(PortalText.Get("Choose an expiry date within two years."));
        }

        var secret = NewSecret();
        var key = new ApiKey
        {
            OrganizationId = organizationId, Name = name, Scope = request.Scope, KeyHash = ApiKeyHasher.Hash(secret),
            CreatedAt = now, ExpiresAt = expiresAt,
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return new ApiKeyCreation(new ApiKeySummary(key.Id, key.Name, key.Scope, key.CreatedAt, key.ExpiresAt, null, null), secret, null);
    }

    /// <summary>Revokes a key of the current organisation; false when there is no such key (or it is another's).</summary>
    public async Task<bool> RevokeAsync(int id, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null) return false;
        key.RevokedAt ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>32 random bytes, base64url, with a prefix that secret scanners and people can recognise.</summary>
    public static string NewSecret() => SecretPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}

public sealed record NewApiKey(string Name, string Scope, DateOnly? ExpiresOn = null, bool NeverExpires = false);

public sealed record ApiKeySummary(
    int Id, string Name, string Scope, DateTime CreatedAt, DateTime? ExpiresAt, DateTime? LastUsedAt, DateTime? RevokedAt);

/// <summary>The new key with its secret, shown once; or what was wrong with the request.</summary>
public sealed record ApiKeyCreation(ApiKeySummary? Key, string? Secret, string? Problem)
{
    public static ApiKeyCreation Failed(string problem) => new(null, null, problem);
}
