using System.Globalization;
using System.Security.Claims;
using MmdPortal.Data;
using MmdPortal.Data.Organizations;
using MmdPortal.Web.Organizations;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MmdPortal.Web.Accounts;

/// <summary>Portal-managed accounts, used when Entra ID is not configured: passwords hashed with ASP.NET Core
/// Identity's hasher, a lock-out after repeated failures.</summary>
public sealed class LocalAccounts(PortalDbContext db, IPasswordHasher<UserAccount> hasher, TimeProvider time, IOptions<AccountOptions> options)
{
    public async Task<SignInOutcome> CheckPasswordAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var normalized = Normalize(userName);
        // Sign-in happens before anyone's organisation is known: look the name up across organisations.
        var user = await db.Users.IgnoreQueryFilters().FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken);
        if (user?.PasswordHash is null) return SignInOutcome.Invalid;
        if (user.LockedUntil > now) return new SignInOutcome(null, user.LockedUntil, user.OrganizationId);

        var verdict = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            user.FailedSignIns++;
            if (user.FailedSignIns >= options.Value.MaxFailedSignIns)
            {
                user.LockedUntil = now + options.Value.LockoutDuration;
                user.FailedSignIns = 0;
            }

            await db.SaveChangesAsync(cancellationToken);
            return new SignInOutcome(null, user.LockedUntil > now ? user.LockedUntil : null, user.OrganizationId);
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded) user.PasswordHash = hasher.HashPassword(user, password);
        user.FailedSignIns = 0;
        user.LockedUntil = null;
        user.LastSignInAt = now;
        await db.SaveChangesAsync(cancellationToken);
        var organization = user.OrganizationId is { } id
            ? await db.Organizations.Where(o => o.Id == id).Select(o => o.Name).FirstAsync(cancellationToken)
            : null;
        return new SignInOutcome(Principal(user, organization), null, user.OrganizationId);
    }

    /// <summary>Creates an account; returns what is wrong instead when the name or password cannot be used.</summary>
    public async Task<string?> CreateAsync(int? organizationId, string userName, string password, string role, CancellationToken cancellationToken)
    {
        if (!PortalRoles.IsKnown(role)) return $"'{role}' is not a role; use Admin or Reader.";
        if (string.IsNullOrWhiteSpace(userName) || userName.Length > 256) return "Enter a user name of at most 256 characters.";
        if (PasswordProblem(password) is { } problem) return problem;
        var normalized = Normalize(userName);
        if (await db.Users.IgnoreQueryFilters().AnyAsync(u => u.NormalizedUserName == normalized, cancellationToken))
            return $"A user named '{userName.Trim()}' already exists.";

        var user = new UserAccount
        {
            OrganizationId = organizationId, UserName = userName.Trim(), NormalizedUserName = normalized, Role = role,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        user.PasswordHash = hasher.HashPassword(user, password);
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Sets a new password for a user of the current organisation; unlocks the account.</summary>
    public async Task<string?> ResetPasswordAsync(int userId, string password, CancellationToken cancellationToken)
    {
        if (PasswordProblem(password) is { } problem) return problem;
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null) return "No such user in your organization.";
        user.PasswordHash = hasher.HashPassword(user, password);
        user.FailedSignIns = 0;
        user.LockedUntil = null;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public static string Normalize(string userName) => userName.Trim().ToUpperInvariant();

    private string? PasswordProblem(string password) =>
        password is null || password.Length < options.Value.MinimumPasswordLength
            ? $"Choose a password of at least {options.Value.MinimumPasswordLength} characters."
            : null;

    private static ClaimsPrincipal Principal(UserAccount user, string? organization)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, user.UserName),
            new(ClaimTypes.Role, user.Role),
        };
        if (user.OrganizationId is { } id)
        {
            claims.Add(new Claim(PortalClaims.OrganizationId, id.ToString(CultureInfo.InvariantCulture)));
            claims.Add(new Claim(PortalClaims.OrganizationName, organization ?? ""));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }
}
