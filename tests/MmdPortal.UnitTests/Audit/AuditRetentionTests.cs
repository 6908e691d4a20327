using MmdPortal.Data.Audit;
using MmdPortal.Web.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MmdPortal.UnitTests.Audit;

public sealed class AuditRetentionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task DeleteExpiredAsync_DeletesOnlyEntriesOlderThanTheRetention()
    {
        await using var database = await TestDatabase.CreateAsync();
        var contoso = await database.AddOrganizationAsync("Contoso");
        var fabrikam = await database.AddOrganizationAsync("Fabrikam");
        await using (var db = database.Context(null))
        {
            db.AuditEntries.AddRange(
                Entry(contoso, "expired", Now.AddDays(-30).AddSeconds(-1)),
                Entry(fabrikam, "expired too", Now.AddDays(-400)),
                Entry(null, "expired, no organisation", Now.AddDays(-31)),
                Entry(contoso, "at the cut-off", Now.AddDays(-30)),
                Entry(fabrikam, "recent", Now.AddDays(-1)));
            await db.SaveChangesAsync();
        }

        var time = new FakeTimeProvider(Now);
        await using var context = database.Context(null);
        var retention = new AuditRetention(context, time, Options.Create(new AuditOptions { Retention = TimeSpan.FromDays(30) }));

        var deleted = await retention.DeleteExpiredAsync(CancellationToken.None);

        Assert.Equal(3, deleted);
        var left = await context.AuditEntries.IgnoreQueryFilters().OrderBy(a => a.Id).Select(a => a.Target).ToListAsync();
        Assert.Equal(["at the cut-off", "recent"], left);
        time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await retention.DeleteExpiredAsync(CancellationToken.None));
    }

    private static AuditEntry Entry(int? organizationId, string target, DateTimeOffset at) => new()
    {
        OrganizationId = organizationId, At = at.UtcDateTime, Actor = "admin@contoso.test", Action = AuditActions.SignIn, Target = target,
    };
}
