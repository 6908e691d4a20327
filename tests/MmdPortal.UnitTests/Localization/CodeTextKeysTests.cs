using System.Text.RegularExpressions;
using System.Xml.Linq;
using MmdPortal.UnitTests.Deployment;

namespace MmdPortal.UnitTests.Localization;

/// <summary>The texts the C# code asks for by name (PortalText) are in SharedResource, whose English value is its
/// key; the pairs themselves are ResourceParityTests' business.</summary>
public sealed partial class CodeTextKeysTests
{
    private static readonly string Resources = RepositoryFiles.Path("src", "MmdPortal.Web", "Resources");

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

    private static string Unescape(string literal) => literal.Replace("\\\"", "\"", StringComparison.Ordinal)
        .Replace("\\\\", "\\", StringComparison.Ordinal);

    // PortalText.Get("…"), .Format("…", …) and .Key("…") with a literal: the texts the code asks for by name.
    [GeneratedRegex(@"PortalText\.(?:Get|Format|Key)\(\s*""((?:[^""\\]|\\.)*)""")]
    private static partial Regex TextRequest();
}
