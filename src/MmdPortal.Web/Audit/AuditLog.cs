using MmdPortal.Data;
using MmdPortal.Data.Audit;
using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Audit;

/// <summary>Records who did what in the request's unit of work; the organisation's admins read it on /Audit. The
/// detail is stored as an English key and its values, so that each admin reads it in their language.</summary>
public sealed class AuditLog(PortalDbContext db, IOrganizationScope organization, IHttpContextAccessor http, TimeProvider time)
{
    /// <summary>An action of the signed-in user or API key, in their organisation.</summary>
    public Task RecordAsync(string action, string? target, StoredText? detail, CancellationToken cancellationToken) =>
        RecordAsync(organization.OrganizationId, http.HttpContext?.User.Identity?.Name ?? "unknown", action, target, detail,
            cancellationToken);

    /// <summary>An action whose organisation or actor is not the signed-in one (sign-in; null: no organisation known).</summary>
    public async Task RecordAsync(
        int? organizationId, string actor, string action, string? target, StoredText? detail, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            OrganizationId = organizationId,
            At = time.GetUtcNow().UtcDateTime,
            Actor = Cut(actor, AuditEntry.MaxActorLength)!,
            Action = action,
            Target = Cut(target, AuditEntry.MaxTargetLength),
            Detail = Cut(detail?.Key, AuditEntry.MaxDetailLength),
            DetailArgs = detail?.Args,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Cut(string? value, int length) =>
        value is null || value.Length <= length ? value : value[..(length - 1)] + "…";
}
