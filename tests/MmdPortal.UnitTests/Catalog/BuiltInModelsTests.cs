using MmdPortal.Web.Catalog;
using MmdPortal.Web.Devices.Hashes;

namespace MmdPortal.UnitTests.Catalog;

public sealed class BuiltInModelsTests
{
    private static readonly CatalogView BuiltIn = new(BuiltInModels.All);

    [Fact]
    public void All_IncludesEveryProductTheTestDataGeneratorBuilds()
    {
        for (var seed = 0; seed < 64; seed++)
        {
            var facts = HardwareHashBuilder.SampleFacts(seed);
            Assert.True(BuiltIn.Find(facts.Manufacturer, facts.Model) is not null,
                $"{facts.Manufacturer} / {facts.Model} is generated but not built into the catalog.");
        }
    }

    [Fact]
    public void All_HasNoTwoEntriesWithTheSameKeyOrMachineType()
    {
        var keys = BuiltInModels.All.Select(e => (HardwareNames.ManufacturerKey(e.Manufacturer), HardwareNames.ModelKey(e.Manufacturer, e.Model)));
        var machineTypes = BuiltInModels.All.SelectMany(e => e.MachineTypes.Select(t => (HardwareNames.ManufacturerKey(e.Manufacturer), t)));

        Assert.Empty(keys.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(machineTypes.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void All_IsARealisticListThatPassesTheRulesForAddedModels()
    {
        Assert.InRange(BuiltInModels.All.Count, 60, 120);
        Assert.All(BuiltInModels.All, e => Assert.Null(CatalogRules.Check(e.Manufacturer, e.Model, e.MachineTypes)));
        Assert.All(BuiltInModels.All, e => Assert.Equal(CatalogSource.BuiltIn, e.Source));
        Assert.All(BuiltInModels.All, e => Assert.Null(e.Id));
    }

    [Fact]
    public void All_ListsEveryLenovoEntryWithMachineTypes() =>
        Assert.All(BuiltInModels.All.Where(e => HardwareNames.ManufacturerKey(e.Manufacturer) == HardwareNames.LenovoKey),
            e => Assert.NotEmpty(e.MachineTypes));
}
