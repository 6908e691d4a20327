namespace MmdPortal.Web.Organizations;

/// <summary>The organisation created from <see cref="BootstrapOptions"/>, resolved once at start-up.</summary>
public sealed class BootstrapOrganization
{
    public int Id { get; private set; }
    public string Name { get; private set; } = "";

    internal void Resolved(int id, string name)
    {
        Id = id;
        Name = name;
    }
}
