using MmdPortal.Web.Catalog;

namespace MmdPortal.UnitTests.Catalog;

public sealed class CatalogViewTests
{
    private static readonly CatalogView BuiltIn = new(BuiltInModels.All);

    [Theory]
    [InlineData("Dell Inc.", "Latitude 7420", "Latitude 7420")]
    [InlineData("Dell", "latitude 7420", "Latitude 7420")]
    [InlineData("Dell Computer Corporation", "LATITUDE 7420", "Latitude 7420")]
    [InlineData("HP", "HP EliteBook 840 G8", "HP EliteBook 840 G8 Notebook PC")]
    [InlineData("Hewlett-Packard", "EliteBook 840 G8", "HP EliteBook 840 G8 Notebook PC")]
    [InlineData("HP Inc.", "HP EliteDesk 800 G6 Desktop Mini PC", "HP EliteDesk 800 G6 Desktop Mini PC")]
    [InlineData("LENOVO", "20XW0026US", "ThinkPad X1 Carbon Gen 9")]
    [InlineData("Lenovo", "20XX001AGE", "ThinkPad X1 Carbon Gen 9")]
    [InlineData("LENOVO", "20U9005MUS", "ThinkPad X1 Carbon Gen 8")]
    [InlineData("LENOVO", "20W0", "ThinkPad T14 Gen 2")]
    [InlineData("LENOVO", "ThinkPad X1 Carbon Gen 9", "ThinkPad X1 Carbon Gen 9")]
    [InlineData("Microsoft", "Surface Laptop", "Surface Laptop")]
    [InlineData("Microsoft Corporation", "Surface Pro 7+", "Surface Pro 7+")]
    [InlineData("ASUS", "ExpertBook B9400CEA", "ExpertBook B9400CEA")]
    [InlineData("TOSHIBA", "Portege X30L-J", "dynabook Portégé X30L-J")]
    [InlineData("FUJITSU", "LIFEBOOK U7411", "LIFEBOOK U7411")]
    [InlineData("Panasonic Corporation", "FZ-55-2", "FZ-55-2")]
    [InlineData("Getac Technology Corporation", "B360", "B360")]
    public void Find_SmbiosSpellings_FindTheEntry(string manufacturer, string model, string expected) =>
        Assert.Equal(expected, BuiltIn.Find(manufacturer, model)?.Model);

    [Theory]
    [InlineData("Microsoft Corporation", "Surface")]
    [InlineData("Microsoft Corporation", "Surface Laptop 7")]
    [InlineData("Dell Inc.", "Latitude 3420")]
    [InlineData("HP", "Latitude 7420")]
    [InlineData("LENOVO", "20ZZ0026US")]
    [InlineData("LENOVO", "ThinkPad X1 Carbon Gen 99")]
    [InlineData("Dell Inc.", "20XW0026US")]
    [InlineData(null, "Latitude 7420")]
    [InlineData("Dell Inc.", null)]
    [InlineData("Dell Inc.", "  ")]
    public void Find_UnknownModelOrManufacturer_IsNull(string? manufacturer, string? model) =>
        Assert.Null(BuiltIn.Find(manufacturer, model));

    [Fact]
    public void Find_SurfaceLaptopAndSurfaceLaptop2_AreDifferentEntries()
    {
        var first = BuiltIn.Find("Microsoft Corporation", "Surface Laptop");
        var second = BuiltIn.Find("Microsoft Corporation", "Surface Laptop 2");

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.NotSame(first, second);
    }

    [Theory]
    [InlineData("LENOVO", "20XW0026US", "ThinkPad X1 Carbon Gen 9")]
    [InlineData("LENOVO", "20XW0026US", "20XX001AGE")]
    [InlineData("LENOVO", "20XW0026US", "20XW0099US")]
    [InlineData("Lenovo", "20QN0001US", "20QN0002US")]
    [InlineData("HP", "HP EliteBook 840 G8", "EliteBook 840 G8 Notebook PC")]
    [InlineData("Dell Inc.", "Latitude 7420", "LATITUDE 7420")]
    [InlineData("Dell Inc.", "Unlisted 1", "unlisted-1")]
    public void SameModel_SpellingsOrCodesOfOneModel_AreTheSame(string manufacturer, string a, string b)
    {
        Assert.True(BuiltIn.SameModel(manufacturer, a, b));
        Assert.True(BuiltIn.SameModel(manufacturer, b, a));
    }

    [Theory]
    [InlineData("LENOVO", "20XW0026US", "ThinkPad X1 Carbon Gen 8")]
    [InlineData("LENOVO", "20XW0026US", "20U9005MUS")]
    [InlineData("Microsoft Corporation", "Surface Laptop", "Surface Laptop 2")]
    [InlineData("Dell Inc.", "Latitude 5420", "Latitude 5420 Rugged")]
    [InlineData("Dell Inc.", "0A45", "0A46")]
    [InlineData("Dell Inc.", null, null)]
    [InlineData("Dell Inc.", "", "")]
    public void SameModel_DifferentOrMissingModels_AreNot(string manufacturer, string? a, string? b) =>
        Assert.False(BuiltIn.SameModel(manufacturer, a, b));

    [Fact]
    public void Find_OwnEntryWithMachineTypes_MatchesItsCodes()
    {
        var view = new CatalogView([new CatalogEntry("Lenovo", "ThinkPad Z13 Gen 1", ["21D2", "21D3"], CatalogSource.Organization, 7)]);

        Assert.Equal(7, view.Find("LENOVO", "21D20011US")?.Id);
        Assert.Equal(7, view.Find("LENOVO", "ThinkPad Z13 Gen 1")?.Id);
        Assert.True(view.SameModel("LENOVO", "21D3000AUK", "ThinkPad Z13 Gen 1"));
    }

    [Fact]
    public void Find_ConfiguredDuplicateOfBuiltIn_FindsTheBuiltInOne()
    {
        var view = new CatalogView(BuiltInModels.All.Append(
            new CatalogEntry("Dell", "Latitude 7420", [], CatalogSource.Configuration)));

        Assert.Equal(CatalogSource.BuiltIn, view.Find("Dell Inc.", "Latitude 7420")?.Source);
    }

    [Theory]
    [InlineData("latitude", 10)]
    [InlineData("Surface Laptop", 11)]
    [InlineData("Hewlett-Packard", 18)]
    [InlineData("20XW0026US", 1)]
    [InlineData("x1 carbon", 4)]
    [InlineData("no such thing", 0)]
    public void Search_ByManufacturerModelOrCode_FindsTheMatchingEntries(string term, int count) =>
        Assert.Equal(count, BuiltIn.Search(term).Count);

    [Fact]
    public void Search_NoTerm_IsEverything() => Assert.Equal(BuiltIn.Entries.Count, BuiltIn.Search(" ").Count);
}
