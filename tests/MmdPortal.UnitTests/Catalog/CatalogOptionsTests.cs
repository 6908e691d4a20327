using MmdPortal.Web.Catalog;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MmdPortal.UnitTests.Catalog;

public sealed class CatalogOptionsTests
{
    [Fact]
    public void AddCatalog_NoSettings_IncludesTheBuiltInModelsOnly()
    {
        using var services = Build([]);

        var shared = services.GetRequiredService<SharedCatalog>();

        Assert.Equal(BuiltInModels.All.Count, shared.Entries.Count);
        Assert.True(services.GetRequiredService<IOptions<CatalogOptions>>().Value.IncludeBuiltIn);
    }

    [Fact]
    public void AddCatalog_ConfiguredModels_AreBoundWithTheirMachineTypes()
    {
        using var services = Build(new()
        {
            ["Catalog:IncludeBuiltIn"] = "false",
            ["Catalog:Models:0:Manufacturer"] = " LENOVO ",
            ["Catalog:Models:0:Model"] = "ThinkPad Z13 Gen 1",
            ["Catalog:Models:0:MachineTypes:0"] = "21d2",
            ["Catalog:Models:0:MachineTypes:1"] = "21D3",
            ["Catalog:Models:1:Manufacturer"] = "Contoso",
            ["Catalog:Models:1:Model"] = "Kiosk 1",
        });

        var view = new CatalogView(services.GetRequiredService<SharedCatalog>().Entries);

        Assert.Equal(2, view.Entries.Count);
        Assert.All(view.Entries, e => Assert.Equal(CatalogSource.Configuration, e.Source));
        Assert.Equal(["21D2", "21D3"], view.Entries[0].MachineTypes);
        Assert.Equal("LENOVO", view.Entries[0].Manufacturer);
        Assert.Equal("ThinkPad Z13 Gen 1", view.Find("Lenovo", "21D30001US")?.Model);
        Assert.Null(view.Find("Dell Inc.", "Latitude 7420"));
    }

    [Theory]
    [InlineData("", "Kiosk 1", null, "Enter the manufacturer")]
    [InlineData("Contoso", " ", null, "Enter the model")]
    [InlineData("Contoso", "Kiosk 1", "20XW0026US", "is not a machine type")]
    public void AddCatalog_WrongConfiguredModel_FailsAtStartUpNamingTheEntry(string manufacturer, string model, string? machineType, string message)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Catalog:Models:0:Manufacturer"] = "Contoso", ["Catalog:Models:0:Model"] = "Fine",
            ["Catalog:Models:1:Manufacturer"] = manufacturer, ["Catalog:Models:1:Model"] = model,
        };
        if (machineType is not null) settings["Catalog:Models:1:MachineTypes:0"] = machineType;
        using var services = Build(settings);

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<CatalogOptions>>().Value);

        Assert.Contains("Catalog:Models:1:", failure.Message, StringComparison.Ordinal);
        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCatalog_ModelTooLong_SaysTheLimit()
    {
        using var services = Build(new()
        {
            ["Catalog:Models:0:Manufacturer"] = "Contoso", ["Catalog:Models:0:Model"] = new string('x', 101),
        });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<CatalogOptions>>().Value);

        Assert.Contains("at most 100 characters", failure.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddCatalog();
        return (ServiceProvider)builder.Services.BuildServiceProvider();
    }
}
