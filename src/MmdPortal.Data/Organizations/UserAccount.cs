namespace MmdPortal.Data.Organizations;

/// <summary>A person who signs in to the portal: an organisation's admin or reader, or (without an
/// organisation) a member of the provider's support staff.</summary>
public sealed class UserAccount
{
    public int Id { get; set; }

    /// <summary>Null for Support, who belong to the provider, not to an organisation.</summary>
    public int? OrganizationId { get; set; }

    public required string UserName { get; set; }

    /// <summary>Upper-case user name: user names are unique without regard to case.</summary>
    public required string NormalizedUserName { get; set; }

    public required string Role { get; set; }

    /// <summary>ASP.NET Core Identity's password hash; null for accounts that only sign in through Entra ID.</summary>
    public string? PasswordHash { get; set; }

    public int FailedSignIns { get; set; }
    public DateTime? LockedUntil { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? LastSignInAt { get; set; }
}
