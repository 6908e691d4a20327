using System.Security.Claims;

namespace MmdPortal.Web.Accounts;

/// <summary>The result of checking a user name and password.</summary>
public sealed record SignInOutcome(ClaimsPrincipal? Principal, DateTime? LockedUntil)
{
    public static readonly SignInOutcome Invalid = new(null, null);
}
