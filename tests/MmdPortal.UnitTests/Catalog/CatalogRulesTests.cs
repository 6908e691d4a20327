using MmdPortal.Web.Catalog;

namespace MmdPortal.UnitTests.Catalog;

public sealed class CatalogRulesTests
{
    [Theory]
    [InlineData(null, "Kiosk", "Enter the manufacturer")]
    [InlineData("  ", "Kiosk", "Enter the manufacturer")]
    [InlineData("Contoso", null, "Enter the model")]
    [InlineData("Contoso", "-", "Enter a model with letters or digits")]
    public void Check_EmptyFields_SaysWhichToEnter(string? manufacturer, string? model, string message) =>
        Assert.StartsWith(message, CatalogRules.Check(manufacturer, model, null), StringComparison.Ordinal);

    [Fact]
    public void Check_TooLong_SaysTheLimitAndTheLength()
    {
        Assert.Equal("Shorten the manufacturer to at most 100 characters (it has 101).", CatalogRules.Check(new string('a', 101), "Kiosk", null));
        Assert.Equal("Shorten the model to at most 100 characters (it has 120).", CatalogRules.Check("Contoso", new string('m', 120), null));
    }

    [Fact]
    public void Check_MachineTypeThatIsACode_SaysToUseItsFirstFourCharacters() =>
        Assert.Contains("20XW for 20XW0026US", CatalogRules.Check("Lenovo", "ThinkPad", ["20XW0026US"]), StringComparison.Ordinal);

    [Fact]
    public void Check_TooManyMachineTypes_SaysHowMany() =>
        Assert.Equal("List at most 40 machine types.",
            CatalogRules.Check("Lenovo", "ThinkPad", Enumerable.Range(1000, 41).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void MachineTypes_SplitsTrimsUpperCasesAndDeduplicates() =>
        Assert.Equal(["20XW", "20XX"], CatalogRules.MachineTypes(["20xw, 20XX;20xw", null, " "]));
}
