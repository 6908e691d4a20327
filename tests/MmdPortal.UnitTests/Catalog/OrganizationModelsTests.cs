using MmdPortal.Web.Catalog;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MmdPortal.UnitTests.Catalog;

public sealed class OrganizationModelsTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 10, 15, 30, 0, TimeSpan.Zero));
    private readonly SharedCatalog _shared = new(Options.Create(new CatalogOptions
    {
        Models = [new ConfiguredModel { Manufacturer = "Contoso", Model = "Kiosk 1" }],
    }));

    [Fact]
    public async Task AddAsync_NewModel_IsStoredAndSeenByTheOrganisationAndTheWorkerOnly()
    {
        await using var database = await TestDatabase.CreateAsync();
        var contoso = await database.AddOrganizationAsync("Contoso");
        var fabrikam = await database.AddOrganizationAsync("Fabrikam");
        await using var db = database.Context(contoso);

        var addition = await Models(db).AddAsync(contoso,
            new NewCatalogModel(" Lenovo ", " ThinkPad Z13 Gen 1 ", ["21d2, 21D3", "21D2"]), "admin@contoso.test", CancellationToken.None);

        Assert.Null(addition.Problem);
        Assert.Equal(new CatalogEntry("Lenovo", "ThinkPad Z13 Gen 1", addition.Entry!.MachineTypes, CatalogSource.Organization, addition.Entry.Id), addition.Entry);
        Assert.Equal(["21D2", "21D3"], addition.Entry.MachineTypes);
        await using var worker = database.Context(null);
        var workerView = await new HardwareCatalog(worker, _shared).ForOrganizationAsync(contoso, CancellationToken.None);
        Assert.Equal("ThinkPad Z13 Gen 1", workerView.Find("LENOVO", "21D3000AUS")?.Model);
        var fabrikamView = await new HardwareCatalog(worker, _shared).ForOrganizationAsync(fabrikam, CancellationToken.None);
        Assert.Null(fabrikamView.Find("LENOVO", "21D3000AUS"));
        await using var fabrikamDb = database.Context(fabrikam);
        Assert.Null(await Models(fabrikamDb).RemoveAsync(addition.Entry.Id!.Value, CancellationToken.None));
    }

    [Theory]
    [InlineData("Dell", "LATITUDE 7420", null, "already built into the catalog (as Dell Inc. Latitude 7420)")]
    [InlineData("HP Inc.", "EliteBook 840 G8", null, "already built into the catalog")]
    [InlineData("LENOVO", "20XW0026US", null, "already built into the catalog (as LENOVO ThinkPad X1 Carbon Gen 9)")]
    [InlineData("LENOVO", "ThinkPad Z13 Gen 1", "21D2, 20XX", "Machine type 20XX is already built into the catalog")]
    [InlineData("Contoso Ltd", "kiosk-1", null, "through the portal's configuration")]
    public async Task AddAsync_ModelAlreadyInTheCatalog_IsAConflictThatSaysWhere(
        string manufacturer, string model, string? machineTypes, string message)
    {
        await using var database = await TestDatabase.CreateAsync();
        var contoso = await database.AddOrganizationAsync("Contoso");
        await using var db = database.Context(contoso);

        var addition = await Models(db).AddAsync(contoso, new NewCatalogModel(manufacturer, model, [machineTypes ?? ""]), null, CancellationToken.None);

        Assert.True(addition.Conflict);
        Assert.Contains(message, addition.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAsync_SameModelTwice_IsAConflictWithTheOwnEntry()
    {
        await using var database = await TestDatabase.CreateAsync();
        var contoso = await database.AddOrganizationAsync("Contoso");
        await using var db = database.Context(contoso);
        await Models(db).AddAsync(contoso, new NewCatalogModel("Contoso", "Kiosk 2"), null, CancellationToken.None);

        var again = await Models(db).AddAsync(contoso, new NewCatalogModel("CONTOSO INC.", "Kiosk-2"), null, CancellationToken.None);

        Assert.True(again.Conflict);
        Assert.Contains("already in your organisation's catalog", again.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Kiosk", "Enter the manufacturer")]
    [InlineData("Contoso", "", "Enter the model")]
    [InlineData("...", "Kiosk", "letters or digits")]
    public async Task AddAsync_WrongFields_IsABadRequestThatSaysWhatToFix(string manufacturer, string model, string message)
    {
        await using var database = await TestDatabase.CreateAsync();
        var contoso = await database.AddOrganizationAsync("Contoso");
        await using var db = database.Context(contoso);

        var addition = await Models(db).AddAsync(contoso, new NewCatalogModel(manufacturer, model), null, CancellationToken.None);

        Assert.False(addition.Conflict);
        Assert.Contains(message, addition.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoveAsync_OwnModel_IsGoneFromTheView()
    {
        await using var database = await TestDatabase.CreateAsync();
        var contoso = await database.AddOrganizationAsync("Contoso");
        await using var db = database.Context(contoso);
        var added = (await Models(db).AddAsync(contoso, new NewCatalogModel("Contoso", "Kiosk 3"), null, CancellationToken.None)).Entry!;

        var removed = await Models(db).RemoveAsync(added.Id!.Value, CancellationToken.None);

        Assert.Equal("Kiosk 3", removed?.Model);
        Assert.Null((await new HardwareCatalog(db, _shared).ForCurrentOrganizationAsync(CancellationToken.None)).Find("Contoso", "Kiosk 3"));
    }

    private OrganizationModels Models(MmdPortal.Data.PortalDbContext db) => new(db, new HardwareCatalog(db, _shared), _time);
}
