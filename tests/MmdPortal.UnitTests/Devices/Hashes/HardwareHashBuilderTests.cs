using MmdPortal.Web.Devices.Hashes;

namespace MmdPortal.UnitTests.Devices.Hashes;

public sealed class HardwareHashBuilderTests
{
    [Fact]
    public void Build_ManySeeds_RoundTripsEveryFact()
    {
        int[] edges = [int.MinValue, -1, int.MaxValue];
        foreach (var seed in Enumerable.Range(0, 500).Concat(edges))
        {
            var facts = HardwareHashBuilder.SampleFacts(seed);

            var check = HardwareHashDecoder.Check(HardwareHashBuilder.Build(facts));

            Assert.True(check.IsValid, $"seed {seed}: {check.Detail}");
            Assert.Equal(facts, check.Facts);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(123_456)]
    public void Build_TypicalFacts_IsFourThousandCharactersStartingWithT0(int seed)
    {
        var hash = HardwareHashBuilder.Build(seed);

        Assert.Equal(4000, hash.Length);
        // "OA" gives "T0"; the third character also carries the top bits of the length's low byte, so T0E..T0H.
        Assert.Matches("^T0[EFGH]", hash);
    }

    [Fact]
    public void Build_SameSeed_GivesSameHash() =>
        Assert.Equal(HardwareHashBuilder.Build(42), HardwareHashBuilder.Build(42));

    [Fact]
    public void Build_DifferentSeeds_GiveDifferentHashes() =>
        Assert.NotEqual(HardwareHashBuilder.Build(42), HardwareHashBuilder.Build(50));

    [Fact]
    public void SampleFacts_ThousandSeeds_HaveDistinctSerialNumbers()
    {
        var serials = new HashSet<string?>(StringComparer.Ordinal);
        for (var seed = 0; seed < 1000; seed++)
        {
            serials.Add(HardwareHashBuilder.SampleFacts(seed).SerialNumber);
        }

        Assert.Equal(1000, serials.Count);
    }

    [Theory]
    [InlineData("Microsoft Corporation", @"^0\d{11}$")]
    [InlineData("Dell Inc.", "^[0-9A-Z]{7}$")]
    [InlineData("HP", "^5CG[0-9A-Z]{7}$")]
    [InlineData("LENOVO", "^P[FC][0-9A-Z]{6}$")]
    public void SampleFacts_EachVendor_UsesItsSerialStyle(string manufacturer, string pattern)
    {
        var matching = Enumerable.Range(0, 200).Select(HardwareHashBuilder.SampleFacts)
            .Where(facts => facts.Manufacturer == manufacturer).ToList();

        Assert.NotEmpty(matching);
        Assert.All(matching, facts => Assert.Matches(pattern, facts.SerialNumber));
    }

    [Fact]
    public void Build_RealSampleFacts_RoundTrips()
    {
        var facts = HardwareHashDecoderTests.CompleteSampleFacts;

        var check = HardwareHashDecoder.Check(HardwareHashBuilder.Build(facts));

        Assert.True(check.IsValid, check.Detail);
        Assert.Equal(facts, check.Facts);
    }

    [Fact]
    public void Build_OnlySerialAndManufacturer_IsValid()
    {
        var facts = new HardwareHashFacts { SerialNumber = "ABC1234", Manufacturer = "Dell Inc." };

        var check = HardwareHashDecoder.Check(HardwareHashBuilder.Build(facts));

        Assert.True(check.IsValid, check.Detail);
        Assert.Equal(facts, check.Facts);
    }

    [Fact]
    public void Build_FactsLargerThanPadding_IsNeverTruncated()
    {
        var facts = HardwareHashBuilder.SampleFacts(5) with { Model = new string('M', 5000) };

        var hash = HardwareHashBuilder.Build(facts);

        Assert.True(hash.Length > 4000);
        Assert.Equal(facts, HardwareHashDecoder.Check(hash).Facts);
    }

    [Fact]
    public void Build_NoPadding_IsValidAndShorter()
    {
        var hash = HardwareHashBuilder.Build(HardwareHashBuilder.SampleFacts(9), paddedLength: 0);

        Assert.True(hash.Length < 4000);
        Assert.True(HardwareHashDecoder.Check(hash).IsValid);
    }

    [Fact]
    public void Build_FactsBeyondSixtyFourKilobytes_Throws()
    {
        var facts = HardwareHashBuilder.SampleFacts(5) with { Model = new string('M', 70_000) };

        Assert.Throws<ArgumentException>(() => HardwareHashBuilder.Build(facts));
    }
}
