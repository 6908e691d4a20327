using System.Globalization;
using MmdPortal.Data;
using MmdPortal.Data.Audit;
using MmdPortal.Data.Licences;
using MmdPortal.Web.Audit;
using MmdPortal.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Licences;

/// <summary>The current organisation's licensed users: list them, add them (idempotent), remove one, import a CSV.
/// Every change is audited.</summary>
public sealed class LicensedUserList(
    PortalDbContext db, IOrganizationScope organization, LicenceCsvReader csv, AuditLog audit, TimeProvider time)
{
    private const int InsertBatchSize = 1_000;

    public async Task<LicencePage> PageAsync(string? search, int pageSize, long? after, CancellationToken cancellationToken)
    {
        var query = db.LicensedUsers.AsNoTracking();
        // Names are stored lower-cased, so a lower-cased term matches without regard to case on every provider.
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = UserPrincipalNames.Normalise(search);
            query = query.Where(l => l.UserPrincipalName.Contains(term));
        }

        if (after is { } cursor) query = query.Where(l => l.Id < cursor);
        var rows = await query.OrderByDescending(l => l.Id).Take(pageSize + 1)
            .Select(l => new LicensedUserSummary(l.Id, l.UserPrincipalName, l.AddedBy, l.AddedAt))
            .ToListAsync(cancellationToken);
        var next = rows.Count > pageSize ? rows[pageSize - 1].Key : (long?)null;
        return new LicencePage(rows.Take(pageSize).ToList(), next);
    }

    /// <summary>Licenses every name that is not licensed yet. The names must have passed
    /// <see cref="UserPrincipalNames.Problem"/>.</summary>
    public async Task<LicenceChange> AddAsync(IReadOnlyCollection<string> userPrincipalNames, string? addedBy, CancellationToken cancellationToken)
    {
        var names = userPrincipalNames.Select(UserPrincipalNames.Normalise).ToHashSet(StringComparer.Ordinal);
        var change = await StoreAsync(names, addedBy, cancellationToken);
        var target = names.Count == 1 ? names.First() : $"{names.Count.ToString("N0", CultureInfo.InvariantCulture)} users";
        await audit.RecordAsync(AuditActions.LicenceAdded, target, Describe(change), cancellationToken);
        return change;
    }

    /// <summary>Reads the whole file first: a name that is not valid refuses it before anything is stored.</summary>
    public async Task<LicenceImport> ImportAsync(Stream content, string fileName, string? addedBy, CancellationToken cancellationToken)
    {
        var read = await csv.ReadAsync(content, fileName, cancellationToken);
        if (read.Problem is { } problem) return new LicenceImport(null, problem);
        var change = await StoreAsync(read.UserPrincipalNames!, addedBy, cancellationToken);
        await audit.RecordAsync(AuditActions.LicencesImported, fileName, Describe(change), cancellationToken);
        return new LicenceImport(change, null);
    }

    /// <returns>False when the user held no licence.</returns>
    public async Task<bool> RemoveAsync(string userPrincipalName, CancellationToken cancellationToken)
    {
        var name = UserPrincipalNames.Normalise(userPrincipalName);
        if (await db.LicensedUsers.Where(l => l.UserPrincipalName == name).ExecuteDeleteAsync(cancellationToken) == 0) return false;
        await audit.RecordAsync(AuditActions.LicenceRemoved, name, null, cancellationToken);
        return true;
    }

    // One query finds the names licensed already; the rest are inserted in batches, in one transaction.
    // Two admins adding the same name at once collide on the unique index: the loser starts again and then
    // finds the winner's rows among the existing ones.
    private async Task<LicenceChange> StoreAsync(IReadOnlyCollection<string> names, string? addedBy, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryStoreAsync(names, addedBy, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<LicenceChange> TryStoreAsync(IReadOnlyCollection<string> names, string? addedBy, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // One parameter whatever the count: EF sends the list as JSON to SQLite and as an array to PostgreSQL.
        var wanted = names.ToList();
        var existing = (await db.LicensedUsers.Where(l => wanted.Contains(l.UserPrincipalName))
            .Select(l => l.UserPrincipalName).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var now = time.GetUtcNow().UtcDateTime;
        var organizationId = organization.OrganizationId!.Value;
        var added = 0;
        foreach (var batch in wanted.Where(n => !existing.Contains(n)).Chunk(InsertBatchSize))
        {
            db.LicensedUsers.AddRange(batch.Select(name => new LicensedUser
            {
                OrganizationId = organizationId, UserPrincipalName = name, AddedBy = Cut(addedBy), AddedAt = now,
            }));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            added += batch.Length;
        }

        await transaction.CommitAsync(cancellationToken);
        return new LicenceChange(added, existing.Count);
    }

    private static string? Cut(string? value) => value is { Length: > UserPrincipalNames.MaxLength } ? value[..UserPrincipalNames.MaxLength] : value;

    private static StoredText Describe(LicenceChange change) =>
        StoredText.Of(PortalText.Key("Added {0}, already licensed {1}"), change.Added, change.AlreadyLicensed);
}
