using MmdPortal.Data;
using MmdPortal.Data.Audit;
using MmdPortal.Web.Audit;
using MmdPortal.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Devices;

/// <summary>Sets the assigned user and/or group tag of many devices at once, with one UPDATE whatever their number.
/// Neither field changes a device's status, so nothing goes into the timeline; the audit log keeps who did it.</summary>
public sealed class DeviceAssignments(PortalDbContext db, AuditLog audit)
{
    public const int MaxDevices = 10_000;

    /// <summary>Assigns <paramref name="assignment"/> to the organisation's devices among <paramref name="deviceIds"/>;
    /// the others are reported as problems. Check <see cref="DeviceAssignment.Problem"/> first.</summary>
    public async Task<DeviceActionResult> AssignAsync(int organizationId, IReadOnlyCollection<Guid> deviceIds,
        DeviceAssignment assignment, string actor, CancellationToken cancellationToken)
    {
        if (assignment.Problem() is { } problem) throw new ArgumentException(problem, nameof(assignment));

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var found = await db.Devices.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.OrganizationId == organizationId && d.DeregisteredAt == null && deviceIds.Contains(d.PublicId))
            .Select(d => d.PublicId).ToListAsync(cancellationToken);
        var problems = deviceIds.Except(found).Select(id => new DeviceActionProblem(id, PortalText.Get("No such device."))).ToList();
        if (found.Count == 0) return new DeviceActionResult(null, 0, problems);

        var user = assignment.AssignedUser is { } u ? DeviceAssignment.Stored(u) : null;
        var tag = assignment.GroupTag is { } g ? DeviceAssignment.Stored(g) : null;
        // EF 10 takes a plain lambda here, so that a field left out is simply not in the SET list.
        var done = await db.Devices.IgnoreQueryFilters()
            .Where(d => d.OrganizationId == organizationId && d.DeregisteredAt == null && found.Contains(d.PublicId))
            .ExecuteUpdateAsync(s =>
            {
                if (assignment.AssignedUser is not null) s.SetProperty(d => d.AssignedUser, user);
                if (assignment.GroupTag is not null) s.SetProperty(d => d.GroupTag, tag);
            }, cancellationToken);
        await audit.RecordAsync(organizationId, actor, AuditActions.DevicesAssigned, null,
            AuditDetail(done, assignment), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new DeviceActionResult(null, done, problems);
    }

    /// <summary>The audit entry's detail: one text for each shape of change, so that Dutch words it whole.</summary>
    private static StoredText AuditDetail(int done, DeviceAssignment assignment)
    {
        var user = assignment.AssignedUser is { } u ? DeviceAssignment.Stored(u) : null;
        var tag = assignment.GroupTag is { } g ? DeviceAssignment.Stored(g) : null;
        return (assignment.AssignedUser is not null, user is not null, assignment.GroupTag is not null, tag is not null) switch
        {
            (true, true, true, true) => StoredText.Of(PortalText.Key("{0} devices: assigned user {1}, group tag {2}"), done, user, tag),
            (true, true, true, false) => StoredText.Of(PortalText.Key("{0} devices: assigned user {1}, group tag cleared"), done, user),
            (true, false, true, true) => StoredText.Of(PortalText.Key("{0} devices: assigned user cleared, group tag {1}"), done, tag),
            (true, false, true, false) => StoredText.Of(PortalText.Key("{0} devices: assigned user cleared, group tag cleared"), done),
            (true, true, false, _) => StoredText.Of(PortalText.Key("{0} devices: assigned user {1}"), done, user),
            (true, false, false, _) => StoredText.Of(PortalText.Key("{0} devices: assigned user cleared"), done),
            (false, _, true, true) => StoredText.Of(PortalText.Key("{0} devices: group tag {1}"), done, tag),
            (false, _, true, false) => StoredText.Of(PortalText.Key("{0} devices: group tag cleared"), done),
            _ => StoredText.Of(PortalText.Key("{0} devices"), done),
        };
    }

    /// <summary>The change in words, e.g. "assigned user adele@contoso.com, group tag cleared".</summary>
    public static string Describe(DeviceAssignment assignment)
    {
        var parts = new List<string>(2);
        if (assignment.AssignedUser is { } u)
            parts.Add(DeviceAssignment.Stored(u) is { } user
                ? PortalText.Format("assigned user {0}", user) : PortalText.Get("assigned user cleared"));
        if (assignment.GroupTag is { } g)
            parts.Add(DeviceAssignment.Stored(g) is { } tag
                ? PortalText.Format("group tag {0}", tag) : PortalText.Get("group tag cleared"));
        return string.Join(", ", parts);
    }
}
