using System.Security.Claims;

namespace MmdPortal.Web.Accounts;

/// <summary>The result of checking a user name and password. <paramref name="OrganizationId"/>: the organisation of
/// the account, when the name belongs to one (for the audit log of a failed sign-in).</summary>
public sealed record SignInOutcome(ClaimsPrincipal? Principal, DateTime? LockedUntil, int? OrganizationId = null)
{
    public static readonly SignInOutcome Invalid = new(null, null);
}
