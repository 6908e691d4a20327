namespace MmdPortal.Data;

/// <summary>The organisation whose data the current unit of work may see; null sees nothing.</summary>
public interface IOrganizationScope
{
    int? OrganizationId { get; }
}
