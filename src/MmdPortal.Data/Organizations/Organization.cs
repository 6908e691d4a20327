namespace MmdPortal.Data.Organizations;

public sealed class Organization
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>The Microsoft Entra tenant (<c>tid</c>) whose users sign in to this organisation; null for an
    /// organisation that only has local accounts and API keys.</summary>
    public string? EntraTenantId { get; set; }
}
