using MmdPortal.Web.Registrations;

namespace MmdPortal.UnitTests.Registrations;

/// <summary>How an upload and a merge tell a repeat within the file, and which words it gets: the same hash, or the
/// same manufacturer and serial number with another hash.</summary>
public sealed class HardwareSightingsTests
{
    private readonly HardwareSightings<string> _sightings = new();

    [Fact]
    public void Find_HardwareNotSeenBefore_FindsNothing()
    {
        Add(Row("HP", "SN-1", "hash one"), "first");

        Assert.Null(Find(Row("HP", "SN-2", "hash two")));
        Assert.Null(Find(Row("Dell", "SN-1", "hash three")));
    }

    [Fact]
    public void Find_SameHash_IsTheFirstRowWithTheSameHash()
    {
        Add(Row("HP", "SN-1", "hash one"), "first");

        Assert.Equal(("first", true), Find(Row("HP", "another serial", "hash one")));
    }

    [Fact]
    public void Find_SameSerialNumberAnotherHash_IsTheFirstRowButNotTheSameHash()
    {
        Add(Row("HP", "SN-1", "hash one"), "first");

        // Manufacturer and serial number compare without case, spaces or punctuation.
        Assert.Equal(("first", false), Find(Row("hp", "sn 1", "hash two")));
        Assert.Equal(("first", false), Find(Row("HP", "SN-1", null)));
    }

    [Fact]
    public void Find_SameSerialNumberNeitherWithAHash_IsTheSameHash()
    {
        Add(Row("HP", "SN-1", null), "first");

        Assert.Equal(("first", true), Find(Row("HP", "SN-1", null)));
        Assert.Equal(("first", false), Find(Row("HP", "SN-1", "hash one")));
    }

    [Fact]
    public void Find_ManyDevices_EachIsFoundAsItselfOnly()
    {
        const int devices = 20_000;
        for (var i = 0; i < devices; i++) Add(Row("HP", $"SN-{i}", $"hash {i}"), $"line {i}");

        for (var i = 0; i < devices; i++)
        {
            Assert.Equal(($"line {i}", true), Find(Row("HP", $"other {i}", $"hash {i}")));
            Assert.Equal(($"line {i}", false), Find(Row("HP", $"SN-{i}", $"new hash {i}")));
        }

        Assert.Null(Find(Row("HP", $"SN-{devices}", $"hash {devices}")));
    }

    // What an upload asks of each row: the earlier row it repeats, or null when it is the first (and is remembered).
    private (string First, bool SameHash)? Find(PreparedRow row, string first = "later") =>
        _sightings.TryAdd(row, first, out var earlier, out var sameHash) ? null : (earlier, sameHash);

    private void Add(PreparedRow row, string first) => Assert.Null(Find(row, first));

    // The keys come from the row as PreparedRow works them out; a hash need not be valid to be compared.
    private static PreparedRow Row(string manufacturer, string serialNumber, string? hash) =>
        PreparedRow.From(new HardwareHashRow("a.csv", 2, serialNumber, manufacturer, "Model", null, hash, null, null));
}
