using MmdPortal.Data.Devices;
using MmdPortal.Web.Catalog;
using MmdPortal.Web.Devices;

namespace MmdPortal.UnitTests.Devices;

public sealed class RegistrationChecksTests
{
    private static readonly CatalogView Catalog = new([
        new CatalogEntry("Microsoft Corporation", "Surface Laptop", [], CatalogSource.BuiltIn),
        new CatalogEntry("Dell Inc.", "Latitude 7420", [], CatalogSource.BuiltIn),
    ]);

    private static readonly RegistrationChecks Checks = new();

    [Fact]
    public void Check_SupportedModelAgreeingWithItsHash_IsReady()
    {
        var verdict = Checks.Check(Candidate(), Catalog);

        Assert.Equal(RegistrationVerdict.Ready, verdict);
    }

    [Fact]
    public void Check_HashProblem_IsHardwareHashNotValid_BeforeAnyOtherCheck()
    {
        var verdict = Checks.Check(Candidate() with { HashProblem = "The hash is cut short.", Model = "Unknown 9" }, Catalog);

        Assert.Equal(RegistrationError.HardwareHashNotValid, verdict.Error);
        Assert.Equal("The hash is cut short.", verdict.Detail?.English());
    }

    [Fact]
    public void Check_SerialNumberNotTheOneInTheHash_IsDeviceNotFound_NamingBoth()
    {
        var verdict = Checks.Check(Candidate() with { SerialNumber = "TYPO-1" }, Catalog);

        Assert.Equal(RegistrationError.DeviceNotFound, verdict.Error);
        Assert.Contains("serial number in the file (TYPO-1)", verdict.Detail?.English());
        Assert.Contains("hardware hash (0123456789)", verdict.Detail?.English());
    }

    [Fact]
    public void Check_SerialNumberDifferingOnlyInCaseOrSpaces_IsReady()
    {
        var verdict = Checks.Check(Candidate() with { SerialNumber = " 0123456789 ", HashSerialNumber = "0123456789" }, Catalog);

        Assert.Null(verdict.Error);
    }

    [Fact]
    public void Check_ManufacturerNotTheOneInTheHash_IsDeviceNotFound()
    {
        var verdict = Checks.Check(Candidate() with { Manufacturer = "Dell Inc.", Model = "Latitude 7420" }, Catalog);

        Assert.Equal(RegistrationError.DeviceNotFound, verdict.Error);
        Assert.Contains("manufacturer in the file (Dell Inc.)", verdict.Detail?.English());
    }

    [Fact]
    public void Check_ModelNotTheOneInTheHash_IsDeviceNotFound()
    {
        var verdict = Checks.Check(Candidate() with { Model = "Surface Laptop 9" }, Catalog);

        Assert.Equal(RegistrationError.DeviceNotFound, verdict.Error);
        Assert.Contains("model in the file (Surface Laptop 9)", verdict.Detail?.English());
    }

    [Fact]
    public void Check_ModelNotInTheCatalog_IsDeviceNotFound_SayingHowToAddIt()
    {
        var verdict = Checks.Check(Candidate() with { Model = "Surface Duo", HashModel = "Surface Duo" }, Catalog);

        Assert.Equal(RegistrationError.DeviceNotFound, verdict.Error);
        Assert.Contains("Microsoft Corporation Surface Duo is not in the hardware catalog", verdict.Detail?.English());
        Assert.Contains("Catalog page", verdict.Detail?.English());
    }

    [Fact]
    public void Check_NoManufacturerOrModelAnywhere_IsDeviceNotFound()
    {
        var verdict = Checks.Check(Candidate() with
        {
            Manufacturer = null, Model = null, HashManufacturer = null, HashModel = null,
        }, Catalog);

        Assert.Equal(RegistrationError.DeviceNotFound, verdict.Error);
        Assert.Contains("Neither the file nor the hardware hash names", verdict.Detail?.English());
    }

    [Fact]
    public void Check_HashWithoutSmbiosFacts_IsJudgedOnTheFileAlone()
    {
        var verdict = Checks.Check(Candidate() with { HashSerialNumber = null, HashManufacturer = null, HashModel = null }, Catalog);

        Assert.Null(verdict.Error);
    }

    private static RegistrationCandidate Candidate() => new(1, 1, Guid.CreateVersion7(), "0123456789",
        "Microsoft Corporation", "Surface Laptop", "0123456789", "Microsoft Corporation", "Surface Laptop", null, null, 1);
}
