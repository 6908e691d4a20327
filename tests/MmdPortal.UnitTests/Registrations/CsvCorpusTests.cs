using MmdPortal.Web.Devices.Hashes;
using static MmdPortal.UnitTests.Registrations.CsvCorpus;

namespace MmdPortal.UnitTests.Registrations;

public sealed class CsvCorpusTests
{
    [Fact]
    public void Samples_EveryHash_IsValidAndDescribesItsDevice() => Assert.All(Samples, sample =>
    {
        var check = HardwareHashDecoder.Check(sample.Hash);

        Assert.True(check.IsValid, check.Detail);
        Assert.Equal((sample.Serial, sample.Manufacturer, sample.Model),
            (check.Facts!.SerialNumber, check.Facts.Manufacturer, check.Facts.Model));
    });

    [Fact]
    public void Samples_SurfaceAndDell_HaveSerialsWithLeadingZeros() =>
        Assert.Equal(["012120708546", "0M41SL3"], Samples.Take(2).Select(s => s.Serial));
}
