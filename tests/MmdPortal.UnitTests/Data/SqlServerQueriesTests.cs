using MmdPortal.Data.Devices;
using MmdPortal.Web.Devices;
using MmdPortal.Web.Infrastructure;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.UnitTests.Data;

/// <summary>The hot queries translate to SQL Server's SQL (a query EF cannot translate throws here, not on the
/// customer's server), and use the SQL Server forms expected of them.</summary>
public sealed class SqlServerQueriesTests
{
    [Theory]
    [InlineData(DeviceSort.Registered, null)]
    [InlineData(DeviceSort.SerialNumber, "SN-0042")]
    [InlineData(DeviceSort.AssignedUser, "bob@contoso.test")]
    [InlineData(DeviceSort.LastSeen, null)]
    [InlineData(DeviceSort.Status, null)]
    public void BladePage_FilteredSortedAndAfterACursor_Translates(DeviceSort sort, string? text)
    {
        using var db = OfflineContexts.Create(OfflineContexts.SqlServer);
        var list = new DeviceList(db);
        var filter = new DeviceFilter(DeviceStatus.ReadyForUser, "contoso", NeedsLicence: true, Sort: sort)
        {
            SearchMatch = DeviceSearchMatch.Contains,
        };
        var after = new KeysetPosition((int)sort, filter.Descending, text, sort == DeviceSort.Status ? 2 : null, 1234);

        var sql = DeviceKeyset.Segments(list.Filtered(filter), sort, filter.Descending, after)
            .Select(segment => segment.Take(51).ToQueryString()).ToList();

        // A segment of devices without a value may be WHERE 0 = 1 for a required column; the first one carries the
        // whole filter.
        Assert.All(sql, s => Assert.Contains("SELECT TOP(@", s));
        Assert.All(sql, TSql.AssertParses);
        Assert.Contains("[d].[OrganizationId] = @", sql[0]);
        Assert.Contains("[d].[SerialNumberSearch] LIKE", sql[0]);
        Assert.Contains("UPPER([d].[Model]) LIKE", sql[0]);
        Assert.Contains("NOT EXISTS", sql[0]);
        Assert.Contains($"[d].[Id] {(filter.Descending ? "<" : ">")} @", sql[0]);
    }

    [Fact]
    public void SearchBySerialPrefix_TranslatesToARangeOnTheComputedColumn()
    {
        using var db = OfflineContexts.Create(OfflineContexts.SqlServer);
        var filter = new DeviceFilter(Search: "5cg") { SearchMatch = DeviceSearchMatch.SerialPrefix };

        var sql = new DeviceList(db).Filtered(filter).OrderByDescending(d => d.Id).Take(101).ToQueryString();

        TSql.AssertParses(sql);
        Assert.Contains("[d].[SerialNumberSearch] >= @", sql);
        Assert.Contains("[d].[SerialNumberSearch] < @", sql);
        Assert.Contains("N'5CH'", sql);
    }

    [Fact]
    public void StatusCounts_Translate()
    {
        using var db = OfflineContexts.Create(OfflineContexts.SqlServer);
        var live = db.Devices.AsNoTracking().Where(d => d.DeregisteredAt == null);

        // The shape of DeviceCounts.CountAsync, which runs these two queries.
        var byStatus = live.GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() }).ToQueryString();
        var needsLicence = live.Where(new DeviceList(db).NeedsLicence).ToQueryString();

        TSql.AssertParses(byStatus);
        TSql.AssertParses(needsLicence);
        Assert.Contains("GROUP BY [d].[Status]", byStatus);
        Assert.Contains("NOT EXISTS", needsLicence);
    }

    [Fact]
    public void RegistrationsPerDay_TranslateToADateConversion()
    {
        using var db = OfflineContexts.Create(OfflineContexts.SqlServer);
        var from = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        // The shape of DeviceCounts.PerDayAsync.
        var sql = db.Devices.AsNoTracking().Where(d => d.RegisteredAt >= from)
            .GroupBy(d => d.RegisteredAt.Date).Select(g => new { Day = g.Key, Count = g.Count() }).ToQueryString();

        TSql.AssertParses(sql);
        Assert.Contains("CONVERT(date, [d].[RegisteredAt])", sql);
    }

    [Fact]
    public void Claim_TakesTheFirstPendingDevicesAndRepeatsItsConditions()
    {
        using var db = OfflineContexts.Create(OfflineContexts.SqlServer, organizationId: null);

        var sql = DeviceClaims.Claimable(db, 500, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)).ToQueryString();

        TSql.AssertParses(sql);
        Assert.Contains("SELECT TOP(500)", sql);
        Assert.Contains("ORDER BY [d0].[Id]", sql);
        Assert.Equal(2, Regex.Count(sql, @"\[ClaimExpiresAt\] IS NULL"));
    }
}
