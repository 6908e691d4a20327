namespace MmdPortal.Data.Organizations;

/// <summary>An organisation's key for the REST API. Only the SHA-256 of the key is stored.</summary>
public sealed class ApiKey
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public required string Name { get; set; }
    public required string KeyHash { get; set; }
    public required string Scope { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ExpiresAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
