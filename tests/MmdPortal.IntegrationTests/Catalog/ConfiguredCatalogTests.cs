using System.Text.Json.Nodes;

namespace MmdPortal.IntegrationTests.Catalog;

/// <summary>A site that switches the built-in list off and configures its own models for every organisation.</summary>
public sealed class ConfiguredCatalogTests(ConfiguredCatalogTests.Factory portal) : IClassFixture<ConfiguredCatalogTests.Factory>
{
    public sealed class Factory : PortalApplicationFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Catalog:IncludeBuiltIn"] = "false",
            ["Catalog:Models:0:Manufacturer"] = "Contoso Hardware Ltd.",
            ["Catalog:Models:0:Model"] = "Kiosk 9000",
            ["Catalog:Models:1:Manufacturer"] = "LENOVO",
            ["Catalog:Models:1:Model"] = "ThinkPad Z13 Gen 1",
            ["Catalog:Models:1:MachineTypes:0"] = "21D2",
        };
    }

    [Fact]
    public async Task EveryOrganisation_SeesTheConfiguredModelsAndNoBuiltInOnes()
    {
        var fabrikam = portal.CreateApiClient(await portal.CreateOrganizationAsync("Fabrikam"));

        var contosoItems = (await (await portal.CreateApiClient().GetAsync("/api/v1/catalog")).ReadJsonAsync())["items"]!.AsArray();
        var fabrikamItems = (await (await fabrikam.GetAsync("/api/v1/catalog")).ReadJsonAsync())["items"]!.AsArray();
        var page = await (await (await portal.SignedInClientAsync()).GetAsync("/Catalog")).ReadHtmlAsync();

        Assert.Equal(["Kiosk 9000", "ThinkPad Z13 Gen 1"], contosoItems.Select(Model));
        Assert.Equal(["Kiosk 9000", "ThinkPad Z13 Gen 1"], fabrikamItems.Select(Model));
        Assert.All(contosoItems, e => Assert.Equal("Configuration", e!["source"]!.GetValue<string>()));
        Assert.Contains("2 models: 0 built in, 2 configured, 0 added by your organisation", page);
        Assert.Contains("Configured", page);
        Assert.DoesNotContain("Latitude 7420", page);
    }

    [Fact]
    public async Task AddingAConfiguredModel_Is409SayingItIsConfigured()
    {
        using var response = await portal.CreateApiClient().PostAsync("/api/v1/catalog", System.Net.Http.Json.JsonContent.Create(
            new { manufacturer = "Lenovo", model = "21D20001US" }));

        var problem = await response.ReadJsonAsync(System.Net.HttpStatusCode.Conflict);
        Assert.Contains("through the portal's configuration", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static string Model(JsonNode? entry) => entry!["model"]!.GetValue<string>();
}
