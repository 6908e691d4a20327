using System.Net;
using System.Net.Http.Json;

namespace MmdPortal.IntegrationTests.Catalog;

/// <summary>Scripts list and search the catalog with any key; admin keys add models and remove their own.</summary>
public sealed class CatalogApiTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    private static readonly string[] Z13MachineTypes = ["21d2", "21D3"];
    private static readonly string[] BadMachineTypes = ["21D4-1"];

    [Fact]
    public async Task ReadKey_ListsAndSearches_ButCannotAddNorRemove()
    {
        var reader = portal.CreateApiClient(await portal.CreateApiKeyAsync("read"));

        var all = (await (await reader.GetAsync("/api/v1/catalog")).ReadJsonAsync())["items"]!.AsArray();
        var carbon = (await (await reader.GetAsync("/api/v1/catalog?search=x1%20carbon")).ReadJsonAsync())["items"]!.AsArray();
        using var add = await reader.PostAsJsonAsync("/api/v1/catalog", new { manufacturer = "Contoso", model = "Kiosk 1" });
        using var remove = await reader.DeleteAsync("/api/v1/catalog/1");

        Assert.InRange(all.Count, 60, 200);
        Assert.Equal(4, carbon.Count);
        var gen9 = carbon.Single(e => e!["model"]!.GetValue<string>() == "ThinkPad X1 Carbon Gen 9")!;
        Assert.Equal("LENOVO", gen9["manufacturer"]!.GetValue<string>());
        Assert.Equal(["20XW", "20XX"], gen9["machineTypes"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("BuiltIn", gen9["source"]!.GetValue<string>());
        Assert.False(gen9.AsObject().ContainsKey("id"));
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, remove.StatusCode);
    }

    [Fact]
    public async Task AdminKey_AddsAModel_FindsItAndRemovesIt()
    {
        var admin = portal.CreateApiClient();

        using var add = await admin.PostAsJsonAsync("/api/v1/catalog",
            new { manufacturer = "Lenovo", model = "ThinkPad Z13 Gen 1", machineTypes = Z13MachineTypes });
        var entry = await add.ReadJsonAsync(HttpStatusCode.Created);
        var id = entry["id"]!.GetValue<int>();
        var found = (await (await admin.GetAsync("/api/v1/catalog?search=21D3000AUS")).ReadJsonAsync())["items"]!.AsArray();
        using var remove = await admin.DeleteAsync($"/api/v1/catalog/{id}");
        using var again = await admin.DeleteAsync($"/api/v1/catalog/{id}");
        var after = (await (await admin.GetAsync("/api/v1/catalog?search=Z13")).ReadJsonAsync())["items"]!.AsArray();

        Assert.Equal("Organization", entry["source"]!.GetValue<string>());
        Assert.Equal(["21D2", "21D3"], entry["machineTypes"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(id, Assert.Single(found)!["id"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NoContent, remove.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Empty(after);
    }

    [Theory]
    [InlineData("", "Kiosk 1", "Enter the manufacturer")]
    [InlineData("Contoso", "  ", "Enter the model")]
    [InlineData("Contoso", null, "Enter the model")]
    public async Task AddingWithoutAField_Is400SayingWhatToFix(string? manufacturer, string? model, string message)
    {
        using var response = await portal.CreateApiClient().PostAsJsonAsync("/api/v1/catalog", new { manufacturer, model });

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(message, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddingTooLongOrABadMachineType_Is400SayingWhatToFix()
    {
        var admin = portal.CreateApiClient();

        using var tooLong = await admin.PostAsJsonAsync("/api/v1/catalog", new { manufacturer = "Contoso", model = new string('x', 101) });
        using var badType = await admin.PostAsJsonAsync("/api/v1/catalog",
            new { manufacturer = "Lenovo", model = "ThinkPad Z16", machineTypes = BadMachineTypes });

        Assert.Equal("Shorten the model to at most 100 characters (it has 101).",
            (await tooLong.ReadJsonAsync(HttpStatusCode.BadRequest))["detail"]!.GetValue<string>());
        Assert.Contains("\"21D4-1\" is not a machine type", (await badType.ReadJsonAsync(HttpStatusCode.BadRequest))["detail"]!.GetValue<string>(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddingWhatIsAlreadyThere_Is409SayingWhere()
    {
        var admin = portal.CreateApiClient();
        await (await admin.PostAsJsonAsync("/api/v1/catalog", new { manufacturer = "Contoso", model = "Kiosk 40" })).ReadJsonAsync(HttpStatusCode.Created);

        using var builtIn = await admin.PostAsJsonAsync("/api/v1/catalog", new { manufacturer = "HP Inc.", model = "EliteBook 840 G8" });
        using var own = await admin.PostAsJsonAsync("/api/v1/catalog", new { manufacturer = "CONTOSO", model = "kiosk 40" });

        Assert.Contains("already built into the catalog (as HP HP EliteBook 840 G8 Notebook PC)",
            (await builtIn.ReadJsonAsync(HttpStatusCode.Conflict))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("already in your organisation's catalog",
            (await own.ReadJsonAsync(HttpStatusCode.Conflict))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherOrganisation_NeitherSeesNorRemovesTheModel()
    {
        var contoso = portal.CreateApiClient();
        var id = (await (await contoso.PostAsJsonAsync("/api/v1/catalog", new { manufacturer = "Contoso", model = "Kiosk 50" }))
            .ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<int>();
        var fabrikam = portal.CreateApiClient(await portal.CreateOrganizationAsync("Fabrikam Catalog"));

        var seen = (await (await fabrikam.GetAsync("/api/v1/catalog?search=Kiosk")).ReadJsonAsync())["items"]!.AsArray();
        using var remove = await fabrikam.DeleteAsync($"/api/v1/catalog/{id}");
        using var builtIn = await contoso.DeleteAsync("/api/v1/catalog/0");

        Assert.Empty(seen);
        Assert.Equal(HttpStatusCode.NotFound, remove.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, builtIn.StatusCode);
        Assert.Single((await (await contoso.GetAsync("/api/v1/catalog?search=Kiosk%2050")).ReadJsonAsync())["items"]!.AsArray());
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheCatalogCalls()
    {
        var document = await (await portal.CreateClient().GetAsync("/openapi/v1.json")).ReadJsonAsync();

        var path = document["paths"]!["/api/v1/catalog"]!;
        Assert.Equal("Catalog", path["get"]!["tags"]![0]!.GetValue<string>());
        Assert.NotNull(path["post"]!["summary"]);
        Assert.NotNull(document["paths"]!["/api/v1/catalog/{id}"]!["delete"]!["summary"]);
    }
}
