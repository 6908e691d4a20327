using System.Text.RegularExpressions;
using System.Xml.Linq;
using MmdPortal.UnitTests.Data;

namespace MmdPortal.UnitTests.Guide;

/// <summary>The guide's texts exist in English and in Dutch, and every text a page asks for is in the files.</summary>
public sealed partial class GuideResourceFilesTests
{
    private static readonly string Folder = RepositoryFiles.PathOf("src", "MmdPortal.Web", "Resources", "Localization");

    [Fact]
    public void EnglishAndDutch_HaveTheSameKeys()
    {
        var english = Entries("GuideResource.resx").Keys.ToHashSet();
        var dutch = Entries("GuideResource.nl.resx").Keys.ToHashSet();

        Assert.Empty(english.Except(dutch));
        Assert.Empty(dutch.Except(english));
    }

    [Fact]
    public void English_IsTheKeyItself_AndDutch_IsATranslationWithTheSamePlaceholders()
    {
        var dutch = Entries("GuideResource.nl.resx");

        Assert.All(Entries("GuideResource.resx"), e => Assert.Equal(e.Key, e.Value));
        Assert.All(dutch, e => Assert.Equal(Placeholders(e.Key), Placeholders(e.Value)));
        // Words spelled the same in both languages (Model) are few; the rest must be translated.
        Assert.True(dutch.Count(e => e.Key == e.Value) <= 2, string.Join(", ", dutch.Where(e => e.Key == e.Value).Select(e => e.Key)));
    }

    [Fact]
    public void EveryTextThePagesAskFor_IsInTheFiles()
    {
        var keys = Entries("GuideResource.resx").Keys.ToHashSet();
        var web = RepositoryFiles.PathOf("src", "MmdPortal.Web");
        var asked = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .Where(text => text.Contains("GuideResource>", StringComparison.Ordinal))
            .SelectMany(text => Lookup().Matches(text).Select(m => m.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal)))
            .ToHashSet();

        Assert.True(asked.Count > 50, $"Only {asked.Count} texts found: the pattern no longer matches the pages.");
        Assert.Empty(asked.Except(keys));
    }

    private static Dictionary<string, string> Entries(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    private static string Placeholders(string text) =>
        string.Join(",", Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal));

    [GeneratedRegex(@"\b(?:G|T|text)\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Lookup();

    [GeneratedRegex(@"\{\d+\}|</?(?:strong|em|kbd|code)>")]
    private static partial Regex Placeholder();
}
