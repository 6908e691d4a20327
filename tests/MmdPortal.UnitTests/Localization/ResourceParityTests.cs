using System.Text.RegularExpressions;
using System.Xml.Linq;
using MmdPortal.UnitTests.Deployment;

namespace MmdPortal.UnitTests.Localization;

/// <summary>The parity rule of docs/localization.md: every resource is a pair (neutral English + .nl), every key is
/// in both, Dutch keeps the placeholders, and every text the C# code asks for has an entry.</summary>
public sealed partial class ResourceParityTests
{
    private static readonly string Resources = RepositoryFiles.Path("src", "MmdPortal.Web", "Resources");

    public static TheoryData<string> NeutralFiles() =>
        [.. Directory.GetFiles(Resources, "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".nl.resx", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Resources, f))];

    [Fact]
    public void SharedResource_IsThere() =>
        Assert.True(File.Exists(Path.Combine(Resources, "Localization", "SharedResource.resx")));

    [Theory]
    [MemberData(nameof(NeutralFiles))]
    public void DutchFile_HasTheSameKeys(string neutralFile)
    {
        var english = Entries(Path.Combine(Resources, neutralFile));
        var dutchFile = Path.Combine(Resources, Path.ChangeExtension(neutralFile, ".nl.resx"));
        Assert.True(File.Exists(dutchFile), $"{neutralFile} has no Dutch file beside it.");
        var dutch = Entries(dutchFile);
        Assert.Empty(english.Keys.Except(dutch.Keys).Select(k => $"only in English: {k}"));
        Assert.Empty(dutch.Keys.Except(english.Keys).Select(k => $"only in Dutch: {k}"));
        Assert.Empty(dutch.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => $"empty in Dutch: {e.Key}"));
    }

    [Fact]
    public void EveryDutchFile_HasAnEnglishFile() =>
        Assert.Empty(Directory.GetFiles(Resources, "*.nl.resx", SearchOption.AllDirectories)
            .Where(f => !File.Exists(f[..^".nl.resx".Length] + ".resx"))
            .Select(f => $"no English file beside {Path.GetRelativePath(Resources, f)}"));

    // "Line {0}: …" with {1} lost in Dutch would throw at run time, or drop the file name.
    [Theory]
    [MemberData(nameof(NeutralFiles))]
    public void DutchText_KeepsEveryPlaceholder(string neutralFile)
    {
        var english = Entries(Path.Combine(Resources, neutralFile));
        var dutch = Entries(Path.Combine(Resources, Path.ChangeExtension(neutralFile, ".nl.resx")));
        var lost = english.Where(e => dutch.TryGetValue(e.Key, out var nl) && !Placeholders(e.Value).SequenceEqual(Placeholders(nl)))
            .Select(e => e.Key);
        Assert.Empty(lost);
    }

    [Fact]
    public void SharedResource_EnglishValueIsItsKey()
    {
        var english = Entries(Path.Combine(Resources, "Localization", "SharedResource.resx"));
        Assert.Empty(english.Where(e => e.Key != e.Value).Select(e => e.Key));
    }

    // A text added to the code without resource entries would show English to a Dutch user.
    [Fact]
    public void EveryTextTheCodeAsksFor_IsInSharedResource()
    {
        var keys = Entries(Path.Combine(Resources, "Localization", "SharedResource.resx")).Keys.ToHashSet(StringComparer.Ordinal);
        var asked = Directory.GetFiles(RepositoryFiles.Path("src", "MmdPortal.Web"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => TextRequest().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: Unescape(m.Groups[1].Value))))
            .ToList();
        Assert.True(asked.Count > 100, $"Only {asked.Count} texts found: has PortalText moved?");
        Assert.Empty(asked.Where(a => !keys.Contains(a.Key)).Select(a => $"{a.File}: {a.Key}"));
    }

    private static Dictionary<string, string> Entries(string file) =>
        XDocument.Load(file).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    private static IEnumerable<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal);

    private static string Unescape(string literal) => literal.Replace("\\\"", "\"", StringComparison.Ordinal)
        .Replace("\\\\", "\\", StringComparison.Ordinal);

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    // PortalText.Get("…"), .Format("…", …) and .Key("…") with a literal: the texts the code asks for by name.
    [GeneratedRegex(@"PortalText\.(?:Get|Format|Key)\(\s*""((?:[^""\\]|\\.)*)""")]
    private static partial Regex TextRequest();
}
