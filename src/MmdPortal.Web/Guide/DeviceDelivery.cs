using MmdPortal.Data;
using MmdPortal.Data.Audit;
using MmdPortal.Data.Devices;
using MmdPortal.Web.Audit;
using MmdPortal.Web.Licences;
using MmdPortal.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Guide;

/// <summary>Step 5, "deliver the device": marks a device as handed over, with the date from the portal's clock and
/// who received it, but only a device that is Ready for user or Active and whose assigned user holds a licence: a
/// user without one cannot sign in to a managed device.</summary>
public sealed class DeviceDelivery(PortalDbContext db, AuditLog audit, TimeProvider time)
{
    public const int MaxRecipientLength = 256;

    /// <summary>Delivers the organisation's device <paramref name="deviceId"/> to <paramref name="recipient"/>
    /// (the assigned user when empty); null when the organisation has no such live device.</summary>
    public async Task<DeliveryOutcome?> DeliverAsync(int organizationId, Guid deviceId, string? recipient, string actor,
        CancellationToken cancellationToken)
    {
        var device = await db.Devices.IgnoreQueryFilters()
            .FirstOrDefaultAsync(d => d.OrganizationId == organizationId && d.DeregisteredAt == null && d.PublicId == deviceId,
                cancellationToken);
        if (device is null) return null;

        if (device.Status is not (DeviceStatus.ReadyForUser or DeviceStatus.Active))
            return DeliveryOutcome.Refused(DeliveryProblem.NotReady);
        if (device.AssignedUser is null) return DeliveryOutcome.Refused(DeliveryProblem.NoAssignedUser);
        var upn = UserPrincipalNames.Normalise(device.AssignedUser);
        var licensed = await db.LicensedUsers.IgnoreQueryFilters()
            .AnyAsync(l => l.OrganizationId == organizationId && l.UserPrincipalName == upn, cancellationToken);
        if (!licensed) return DeliveryOutcome.Refused(DeliveryProblem.NoLicence);
        var to = recipient?.Trim() is { Length: > 0 } given ? given : device.AssignedUser;
        if (to.Length > MaxRecipientLength || to.AsSpan().ContainsAnyInRange('\0', '\u001F'))
            return DeliveryOutcome.Refused(DeliveryProblem.RecipientNotValid);

        device.DeliveredAt = time.GetUtcNow().UtcDateTime;
        device.DeliveredTo = to;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(organizationId, actor, AuditActions.DeviceDelivered, device.SerialNumber, StoredText.Of(PortalText.Key("to {0}"), to),
            cancellationToken);
        return new DeliveryOutcome(null, device.DeliveredAt, to);
    }
}

/// <param name="Problem">Why the device was not delivered; null when it was.</param>
/// <param name="DeliveredAt">When it was delivered (UTC).</param>
/// <param name="DeliveredTo">Who received it.</param>
public sealed record DeliveryOutcome(DeliveryProblem? Problem, DateTime? DeliveredAt, string? DeliveredTo)
{
    public static DeliveryOutcome Refused(DeliveryProblem problem) => new(problem, null, null);
}

/// <summary>Why a device may not be handed over yet; the API's codes.</summary>
public enum DeliveryProblem
{
    NotReady,
    NoAssignedUser,
    NoLicence,
    RecipientNotValid,
}
