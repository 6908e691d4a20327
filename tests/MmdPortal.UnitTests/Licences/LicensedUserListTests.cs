using System.Text;
using MmdPortal.Data;
using MmdPortal.Web.Audit;
using MmdPortal.Web.Licences;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.UnitTests.Licences;

public sealed class LicensedUserListTests
{
    [Fact]
    public async Task ImportAsync_SomeLicensedAlready_AddsTheRestAndCountsBoth()
    {
        await using var database = await TestDatabase.CreateAsync();
        var contoso = await database.AddOrganizationAsync("Contoso");
        await using (var db = database.Context(contoso))
            await List(db, contoso).AddAsync(["adele@contoso.com"], "admin", CancellationToken.None);

        await using var context = database.Context(contoso);
        var import = await List(context, contoso).ImportAsync(Csv("UPN\r\nAdele@Contoso.com\r\nmegan@contoso.com\r\nmegan@contoso.com\r\n"),
            "users.csv", "admin", CancellationToken.None);

        Assert.Equal(new LicenceChange(1, 1), import.Change);
        Assert.Equal(["adele@contoso.com", "megan@contoso.com"],
            await context.LicensedUsers.OrderBy(l => l.UserPrincipalName).Select(l => l.UserPrincipalName).ToListAsync());
        Assert.Equal(["LicenceAdded", "LicencesImported"], await context.AuditEntries.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task ImportAsync_BadNameAfterManyGoodOnes_StoresNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var contoso = await database.AddOrganizationAsync("Contoso");
        var csv = new StringBuilder("UserPrincipalName\r\n");
        for (var i = 0; i < 2_500; i++) csv.Append("user").Append(i).Append("@contoso.com\r\n");
        csv.Append("not a name\r\n");

        await using var context = database.Context(contoso);
        var import = await List(context, contoso).ImportAsync(Csv(csv.ToString()), "users.csv", "admin", CancellationToken.None);

        Assert.Equal(2_502, import.Problem!.Line);
        Assert.Equal(0, await context.LicensedUsers.CountAsync());
    }

    [Fact]
    public async Task ImportAsync_MoreThanOneBatch_StoresEveryName()
    {
        await using var database = await TestDatabase.CreateAsync();
        var contoso = await database.AddOrganizationAsync("Contoso");
        var csv = string.Concat(Enumerable.Range(0, 2_345).Select(i => $"user{i}@contoso.com\n"));

        await using var context = database.Context(contoso);
        var import = await List(context, contoso).ImportAsync(Csv(csv), "users.csv", null, CancellationToken.None);

        Assert.Equal(new LicenceChange(2_345, 0), import.Change);
        Assert.Equal(2_345, await context.LicensedUsers.CountAsync());
    }

    [Fact]
    public async Task AddAsync_NameLicensedInAnotherOrganisation_IsAddedAndListedOnlyInItsOwn()
    {
        await using var database = await TestDatabase.CreateAsync();
        var contoso = await database.AddOrganizationAsync("Contoso");
        var fabrikam = await database.AddOrganizationAsync("Fabrikam");
        await using (var db = database.Context(fabrikam))
            await List(db, fabrikam).AddAsync(["shared@contoso.com", "fabrikam-only@contoso.com"], "other", CancellationToken.None);

        await using var context = database.Context(contoso);
        var change = await List(context, contoso).AddAsync(["shared@contoso.com"], "admin", CancellationToken.None);
        var page = await List(context, contoso).PageAsync(null, 10, null, CancellationToken.None);

        Assert.Equal(new LicenceChange(1, 0), change);
        Assert.Equal(["shared@contoso.com"], page.Items.Select(i => i.UserPrincipalName));
        Assert.False(await List(context, contoso).RemoveAsync("fabrikam-only@contoso.com", CancellationToken.None));
    }

    [Fact]
    public async Task PageAsync_SearchAndKeyset_VisitEveryMatchOnce()
    {
        await using var database = await TestDatabase.CreateAsync();
        var contoso = await database.AddOrganizationAsync("Contoso");
        await using var context = database.Context(contoso);
        var list = List(context, contoso);
        await list.AddAsync(Enumerable.Range(0, 7).Select(i => $"sales{i}@contoso.com").Append("hr@contoso.com").ToList(), null, CancellationToken.None);

        var seen = new List<string>();
        long? after = null;
        do
        {
            var page = await list.PageAsync("SALES", 3, after, CancellationToken.None);
            seen.AddRange(page.Items.Select(i => i.UserPrincipalName));
            after = page.NextAfter;
        } while (after is not null);

        Assert.Equal(7, seen.Count);
        Assert.Equal(7, seen.Distinct().Count());
        Assert.DoesNotContain("hr@contoso.com", seen);
    }

    private static LicensedUserList List(PortalDbContext db, int organizationId)
    {
        var scope = new Organization(organizationId);
        return new LicensedUserList(db, scope, new LicenceCsvReader(),
            new AuditLog(db, scope, new HttpContextAccessor(), TimeProvider.System), TimeProvider.System);
    }

    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));

    private sealed class Organization(int id) : IOrganizationScope
    {
        public int? OrganizationId => id;
    }
}
