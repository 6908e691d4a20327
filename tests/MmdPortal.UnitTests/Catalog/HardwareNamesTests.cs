using MmdPortal.Web.Catalog;

namespace MmdPortal.UnitTests.Catalog;

public sealed class HardwareNamesTests
{
    [Theory]
    [InlineData("Dell Inc.", "Dell")]
    [InlineData("Dell Inc.", "DELL")]
    [InlineData("Dell Inc.", "Dell Computer Corporation")]
    [InlineData("HP", "Hewlett-Packard")]
    [InlineData("HP", "HP Inc.")]
    [InlineData("HP", "Hewlett Packard")]
    [InlineData("hewlett-packard company", "hp")]
    [InlineData("LENOVO", "Lenovo")]
    [InlineData("Microsoft Corporation", "Microsoft")]
    [InlineData("Microsoft Corporation", "  microsoft corp. ")]
    [InlineData("ASUSTeK COMPUTER INC.", "ASUS")]
    [InlineData("Acer", "Acer Inc.")]
    [InlineData("FUJITSU", "FUJITSU CLIENT COMPUTING LIMITED")]
    [InlineData("Panasonic Corporation", "Panasonic")]
    [InlineData("Samsung Electronics Co., Ltd.", "Samsung")]
    [InlineData("Dynabook Inc.", "TOSHIBA")]
    [InlineData("Getac", "Getac Technology Corporation")]
    public void SameManufacturer_SpellingsOfOneManufacturer_AreTheSame(string a, string b)
    {
        Assert.True(HardwareNames.SameManufacturer(a, b));
        Assert.True(HardwareNames.SameManufacturer(b, a));
    }

    [Theory]
    [InlineData("Dell Inc.", "HP")]
    [InlineData("Microsoft Corporation", "Micro-Star International Co., Ltd.")]
    [InlineData("Acer", "ASUS")]
    [InlineData("Dell", null)]
    [InlineData("", "")]
    [InlineData(" . ", " . ")]
    public void SameManufacturer_DifferentOrMissing_IsFalse(string? a, string? b) =>
        Assert.False(HardwareNames.SameManufacturer(a, b));

    [Theory]
    [InlineData("Dell Inc.", "dell")]
    [InlineData("Hewlett-Packard", "hp")]
    [InlineData("ASUSTeK COMPUTER INC.", "asus")]
    [InlineData("FUJITSU CLIENT COMPUTING LIMITED", "fujitsu")]
    [InlineData("Computer Inc.", "computer")]
    [InlineData(null, "")]
    public void ManufacturerKey_DropsCasePunctuationAndTrailingLegalWords(string? manufacturer, string expected) =>
        Assert.Equal(expected, HardwareNames.ManufacturerKey(manufacturer));

    [Theory]
    [InlineData("Dell Inc.", "Latitude 7420", "LATITUDE-7420")]
    [InlineData("Dell Inc.", "Latitude 7420", "  latitude   7420 ")]
    [InlineData("HP", "HP EliteBook 840 G8", "EliteBook 840 G8")]
    [InlineData("HP", "HP EliteBook 840 G8 Notebook PC", "EliteBook 840 G8")]
    [InlineData("HP", "HP EliteDesk 800 G6 Desktop Mini PC", "EliteDesk 800 G6")]
    [InlineData("HP", "HP ZBook Firefly 14 G8 Mobile Workstation PC", "ZBook Firefly 14 G8")]
    [InlineData("HP", "HP ProBook 450 G8 PC", "ProBook 450 G8")]
    [InlineData("Hewlett-Packard", "Hewlett-Packard EliteBook 840 G8", "HP EliteBook 840 G8 Notebook PC")]
    [InlineData("LENOVO", "LENOVO ThinkPad X1 Carbon Gen 9", "ThinkPad X1 Carbon Gen 9")]
    [InlineData("Microsoft Corporation", "Microsoft Surface Laptop", "Surface Laptop")]
    [InlineData("Dynabook Inc.", "dynabook Portégé X30L-J", "Portege X30L-J")]
    public void ModelKey_SpellingsOfOneModel_AreEqual(string manufacturer, string a, string b) =>
        Assert.Equal(HardwareNames.ModelKey(manufacturer, a), HardwareNames.ModelKey(manufacturer, b));

    [Theory]
    [InlineData("Microsoft Corporation", "Surface Laptop", "Surface")]
    [InlineData("Microsoft Corporation", "Surface Laptop", "Surface Laptop 2")]
    [InlineData("Microsoft Corporation", "Surface Pro 7", "Surface Pro 7+")]
    [InlineData("Microsoft Corporation", "Surface Pro", "Surface Pro X")]
    // A rugged Latitude is another product (other chassis, drivers and Autopilot profile), not a variant.
    [InlineData("Dell Inc.", "Latitude 5420", "Latitude 5420 Rugged")]
    [InlineData("Dell Inc.", "OptiPlex 7090", "OptiPlex 7090 Micro")]
    [InlineData("HP", "HP EliteBook 840 G8", "HP EliteBook 840 G9")]
    // Form-factor words are dropped only behind a model name, never as the whole model.
    [InlineData("HP", "PC", "Notebook PC")]
    public void ModelKey_DifferentModels_AreNotEqual(string manufacturer, string a, string b) =>
        Assert.NotEqual(HardwareNames.ModelKey(manufacturer, a), HardwareNames.ModelKey(manufacturer, b));

    [Fact]
    public void ModelKey_ManufacturerNameAlone_IsKeptAsTheModel() =>
        Assert.Equal("hp", HardwareNames.ModelKey("HP", "HP"));

    [Fact]
    public void ModelKey_AnotherManufacturersNameInFront_IsKept() =>
        Assert.Equal("dellmonitor", HardwareNames.ModelKey("HP", "Dell Monitor"));

    [Theory]
    [InlineData("20XW0026US", "20XW")]
    [InlineData(" 20xw0026us ", "20XW")]
    [InlineData("20U9", "20U9")]
    [InlineData("ThinkPad X1 Carbon Gen 9", null)]
    [InlineData("20XW-0026US", null)]
    [InlineData("ABCDEFGHIJ", null)]
    [InlineData("20XW0026USA", null)]
    [InlineData(null, null)]
    public void MachineType_IsTheFirstFourCharactersOfALenovoCode(string? model, string? expected) =>
        Assert.Equal(expected, HardwareNames.MachineType(model));
}
