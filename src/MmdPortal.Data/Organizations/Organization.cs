namespace MmdPortal.Data.Organizations;

public sealed class Organization
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public DateTime CreatedAt { get; set; }
}
