using System.Net;
using MmdPortal.Web.Accounts;

namespace MmdPortal.IntegrationTests.Catalog;

/// <summary>Everyone of the organisation sees its hardware catalog; admins add models and remove their own.</summary>
public sealed class CatalogPageTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task Admin_AddsAModelAndRemovesIt_BothAudited()
    {
        var admin = await portal.SignedInClientAsync();

        var added = await (await CatalogPage.AddAsync(admin, "Lenovo", "ThinkPad Z13 Gen 1", "21d2, 21D3")).ReadHtmlAsync();
        var id = CatalogPage.IdOf(added, "ThinkPad Z13 Gen 1");
        var removed = await (await CatalogPage.RemoveAsync(admin, id)).ReadHtmlAsync();
        var audit = await (await admin.GetAsync("/Audit")).ReadHtmlAsync();

        Assert.Contains("Added Lenovo ThinkPad Z13 Gen 1 to your organisation&#x27;s catalog.", added);
        Assert.Contains("21D2, 21D3", added);
        Assert.Contains("Your organisation", added);
        Assert.NotEqual("", id);
        Assert.Contains("Removed Lenovo ThinkPad Z13 Gen 1", removed);
        Assert.Equal("", CatalogPage.IdOf(removed, "ThinkPad Z13 Gen 1"));
        Assert.Contains("data-action=\"CatalogModelAdded\"", audit);
        Assert.Contains("data-action=\"CatalogModelRemoved\"", audit);
        Assert.Contains("Lenovo ThinkPad Z13 Gen 1", audit);
    }

    [Fact]
    public async Task Admin_AddingWhatCannotBeAdded_IsToldWhatToFix()
    {
        var admin = await portal.SignedInClientAsync();
        (string Manufacturer, string Model, string MachineTypes, string Message)[] cases =
        [
            ("Dell", "LATITUDE-7420", "", "is already built into the catalog (as Dell Inc. Latitude 7420)"),
            ("LENOVO", "20XW0026US", "", "is already built into the catalog (as LENOVO ThinkPad X1 Carbon Gen 9)"),
            ("", "Kiosk", "", "Enter the manufacturer as the device reports it"),
            ("Contoso", "", "", "Enter the model as the device reports it"),
            ("Lenovo", "ThinkPad Z16", "21D40011US", "is not a machine type"),
        ];

        foreach (var (manufacturer, model, machineTypes, message) in cases)
        {
            var page = await (await CatalogPage.AddAsync(admin, manufacturer, model, machineTypes)).ReadHtmlAsync();

            Assert.Contains(message, page);
            Assert.DoesNotContain("Added ", page);
        }
    }

    [Fact]
    public async Task Admin_AddingAModelTwice_IsToldItIsAlreadyTheirs()
    {
        var admin = await portal.SignedInClientAsync();
        await CatalogPage.AddAsync(admin, "Contoso", "Kiosk 10");

        var page = await (await CatalogPage.AddAsync(admin, "Contoso Ltd.", "kiosk-10")).ReadHtmlAsync();

        Assert.Contains("is already in your organisation&#x27;s catalog (as Contoso Kiosk 10)", page);
    }

    [Fact]
    public async Task Reader_SeesTheCatalogButCannotAddNorRemove()
    {
        await portal.CreateUserAsync("catalog-reader@contoso.test", "Reader-Password-1", PortalRoles.Reader);
        var admin = await portal.SignedInClientAsync();
        var id = CatalogPage.IdOf(await (await CatalogPage.AddAsync(admin, "Contoso", "Kiosk 20")).ReadHtmlAsync(), "Kiosk 20");
        var reader = await portal.SignedInClientAsync("catalog-reader@contoso.test", "Reader-Password-1");

        var page = await (await reader.GetAsync("/Catalog")).ReadHtmlAsync();
        using var add = await CatalogPage.AddAsync(reader, "Contoso", "Kiosk 21");
        using var remove = await CatalogPage.RemoveAsync(reader, id);
        var after = await (await admin.GetAsync("/Catalog")).ReadHtmlAsync();

        Assert.Contains("Latitude 7420", page);
        Assert.Contains("Kiosk 20", page);
        Assert.Contains("href=\"/Catalog\"", page);
        Assert.DoesNotContain("Add a model", page);
        Assert.DoesNotContain(">Remove <", page);
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, remove.StatusCode);
        Assert.DoesNotContain("Kiosk 21", after);
        Assert.Equal(id, CatalogPage.IdOf(after, "Kiosk 20"));
    }

    [Fact]
    public async Task AnotherOrganisation_NeitherSeesNorRemovesTheEntry()
    {
        var admin = await portal.SignedInClientAsync();
        var id = CatalogPage.IdOf(await (await CatalogPage.AddAsync(admin, "Contoso", "Kiosk 30")).ReadHtmlAsync(), "Kiosk 30");
        await portal.CreateOrganizationWithAdminAsync("Woodgrove", "admin@woodgrove-catalog.test", "Woodgrove-Password-1");
        var woodgrove = await portal.SignedInClientAsync("admin@woodgrove-catalog.test", "Woodgrove-Password-1");

        var page = await (await woodgrove.GetAsync("/Catalog")).ReadHtmlAsync();
        using var remove = await CatalogPage.RemoveAsync(woodgrove, id);

        Assert.Contains("Latitude 7420", page);
        Assert.DoesNotContain("Kiosk 30", page);
        Assert.Equal(HttpStatusCode.NotFound, remove.StatusCode);
        Assert.Equal(id, CatalogPage.IdOf(await (await admin.GetAsync("/Catalog")).ReadHtmlAsync(), "Kiosk 30"));
    }

    [Fact]
    public async Task Search_ShowsTheMatchingModelsWithCounts()
    {
        var admin = await portal.SignedInClientAsync();

        var page = await (await admin.GetAsync("/Catalog?search=latitude")).ReadHtmlAsync();
        var code = await (await admin.GetAsync("/Catalog?search=20XW0026US")).ReadHtmlAsync();

        Assert.Matches("10 of \\d+ models match \"latitude\"", page);
        Assert.Contains("Latitude 5420 Rugged", page);
        Assert.DoesNotContain("Surface Pro 7", page);
        Assert.Matches("\\d+ models: 9\\d built in, 0 configured, \\d+ added by your organisation", page);
        Assert.Contains("ThinkPad X1 Carbon Gen 9", code);
        Assert.Contains("20XW, 20XX", code);
    }
}
