using System.Linq.Expressions;
using MmdPortal.Data;
using MmdPortal.Data.Devices;
using MmdPortal.Web.Infrastructure;
using MmdPortal.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Devices;

/// <summary>The current organisation's devices, newest first or sorted on a column, a keyset page at a time.</summary>
public sealed class DeviceList(PortalDbContext db)
{
    /// <summary>A page after the device with Id <paramref name="after"/>, in the filter's sort.</summary>
    public Task<DevicePage> PageAsync(DeviceFilter filter, int pageSize, long? after, CancellationToken cancellationToken) =>
        PageAsync(filter, pageSize,
            after is { } id ? new KeysetPosition((int)filter.Sort, filter.Descending, null, null, id) : null, cancellationToken);

    /// <summary>The filter with its search's rule decided (<see cref="DeviceSearchMatch"/>): serial numbers that
    /// start with the term when any live device of the organisation has one (one index seek), otherwise the
    /// substring search. Call once per listing or export, before <see cref="Filtered"/>.</summary>
    public async Task<DeviceFilter> ResolveAsync(DeviceFilter filter, CancellationToken cancellationToken)
    {
        if (filter.SearchTerm is not { } term || filter.SearchMatch is not null) return filter;
        var prefixed = await db.Devices.AsNoTracking().Where(d => d.DeregisteredAt == null)
            .Where(SerialStartsWith(term)).AnyAsync(cancellationToken);
        return filter with { SearchMatch = prefixed ? DeviceSearchMatch.SerialPrefix : DeviceSearchMatch.Contains };
    }

    /// <summary>The devices a filter selects (not deregistered; status, search, needs licence): one definition for
    /// the blade, the API and the export, so that the same words always select the same devices. A filter with a
    /// search must have been through <see cref="ResolveAsync"/>.</summary>
    public IQueryable<Device> Filtered(DeviceFilter filter)
    {
        var query = db.Devices.AsNoTracking().Where(d => d.DeregisteredAt == null);
        if (filter.Status is { } status) query = query.Where(d => d.Status == status);
        if (filter.SearchTerm is { } term)
        {
            query = filter.SearchMatch switch
            {
                DeviceSearchMatch.SerialPrefix => query.Where(SerialStartsWith(term)),
                DeviceSearchMatch.Contains => query.Where(Contains(term)),
                _ => throw new InvalidOperationException("Resolve the search first (DeviceList.ResolveAsync)."),
            };
        }

        if (filter.NeedsLicence) query = query.Where(NeedsLicence);
        return query;
    }

    // A range on the upper-cased serial number (binary order on every provider, see DeviceConfiguration), which the
    // (OrganizationId, SerialNumberSearch) index answers with a seek: [term, term with its last character + 1).
    private static Expression<Func<Device, bool>> SerialStartsWith(string term)
    {
        var end = term[..^1] + (char)(term[^1] + 1);
        // Translated to SQL's < and >=, in the column's collation; an ordinal comparison has no translation.
#pragma warning disable CA1309
        return d => string.Compare(d.SerialNumberSearch, term) >= 0 && string.Compare(d.SerialNumberSearch, end) < 0;
#pragma warning restore CA1309
    }

    // Case-insensitive on every provider. Contains is case-sensitive on both SQLite (instr) and PostgreSQL (strpos),
    // and LIKE is not the same on both, so both sides are upper-cased: SQL upper(), which EF translates from
    // ToUpper() only (hence the pragma). SQLite's upper() folds ASCII letters only; serial numbers, models and UPNs
    // are ASCII in practice.
#pragma warning disable CA1304, CA1311, CA1862
    private static Expression<Func<Device, bool>> Contains(string term) => d => d.SerialNumberSearch!.Contains(term)
        || (d.Model != null && d.Model.ToUpper().Contains(term))
        || (d.AssignedUser != null && d.AssignedUser.ToUpper().Contains(term));
#pragma warning restore CA1304, CA1311, CA1862

    /// <summary>A page after <paramref name="after"/>, which must belong to the filter's sort and direction
    /// (see <see cref="Fits"/>).</summary>
    public async Task<DevicePage> PageAsync(DeviceFilter filter, int pageSize, KeysetPosition? after, CancellationToken cancellationToken)
    {
        var query = Filtered(await ResolveAsync(filter, cancellationToken));
        var rows = new List<DeviceSummary>();
        foreach (var segment in DeviceKeyset.Segments(query, filter.Sort, filter.Descending, after))
        {
            rows.AddRange(await segment.Take(pageSize + 1 - rows.Count).Select(Summarise).ToListAsync(cancellationToken));
            if (rows.Count > pageSize) break;
        }

        if (rows.Count <= pageSize) return new DevicePage(rows, null);
        var last = rows[pageSize - 1];
        return new DevicePage(rows.Take(pageSize).ToList(), last.Key, DeviceKeyset.PositionOf(last, filter.Sort, filter.Descending));
    }

    /// <summary>Whether a cursor was handed out for this sort and direction; a cursor of another sort would
    /// skip or repeat devices.</summary>
    public static bool Fits(KeysetPosition? after, DeviceFilter filter) =>
        after is null || (after.Sort == (int)filter.Sort && after.Descending == filter.Descending);

    /// <summary>The cursor of the page after <paramref name="page"/>, or null on the last page.</summary>
    public static string? NextCursor(DevicePage page) =>
        page.Next is { } next ? Cursor.Encode(next, (int)DeviceSort.Registered) : null;

    public Task<DeviceSummary?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Devices.AsNoTracking().Where(d => d.PublicId == id && d.DeregisteredAt == null)
            .Select(Summarise).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Whether the blade should keep refreshing itself.</summary>
    public Task<bool> AnyPendingAsync(CancellationToken cancellationToken) =>
        db.Devices.AnyAsync(d => d.Status == DeviceStatus.RegistrationPending, cancellationToken);

    // Expressions, not methods, so that EF translates them into the one SELECT (joining the request for its ID, and
    // the licence check as a NOT EXISTS). Instance members, as the check reads this context's LicensedUsers with
    // their tenant filter. Names are stored lower-cased by .NET; SQLite's lower() folds ASCII letters only, which
    // user principal names are in practice. The pragma: EF translates ToLower() only, not ToLowerInvariant().
#pragma warning disable CA1304, CA1311, CA1862
    internal Expression<Func<Device, bool>> NeedsLicence => d => d.Status == DeviceStatus.ReadyForUser && d.AssignedUser != null
        && !db.LicensedUsers.Any(l => l.OrganizationId == d.OrganizationId && l.UserPrincipalName == d.AssignedUser.ToLower());

    private Expression<Func<Device, DeviceSummary>> Summarise => d => new DeviceSummary(d.Id, d.PublicId,
        d.SerialNumber, d.Manufacturer, d.Model, d.GroupTag, d.AssignedUser, d.PrimaryUser, d.Status, d.Error,
        // In the reader's language, as the rows are read: the detail is stored as a key and values.
        StoredText.Show(d.ErrorDetail, d.ErrorDetailArgs),
        d.Request!.RequestId, d.RegisteredAt, d.LastSeenAt,
        d.Status == DeviceStatus.ReadyForUser && d.AssignedUser != null
            && !db.LicensedUsers.Any(l => l.OrganizationId == d.OrganizationId && l.UserPrincipalName == d.AssignedUser.ToLower()),
        d.Image, d.DeliveredAt, d.DeliveredTo);
#pragma warning restore CA1304, CA1311, CA1862
}

/// <param name="Items">The page's devices, in the sort asked for.</param>
/// <param name="NextAfter">The last device's Id when another page follows.</param>
/// <param name="Next">Where the next page starts, in this page's sort; null on the last page.</param>
public sealed record DevicePage(IReadOnlyList<DeviceSummary> Items, long? NextAfter, KeysetPosition? Next = null);
