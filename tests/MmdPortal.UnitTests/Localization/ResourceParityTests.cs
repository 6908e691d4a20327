using System.Text.RegularExpressions;

namespace MmdPortal.UnitTests.Localization;

/// <summary>English and Dutch stay in step: every resource comes as a neutral (English) file and a .nl file with
/// the same keys, every English text is its own key, and no Dutch text is empty, left in English, or drops a
/// placeholder or a piece of markup.</summary>
public sealed partial class ResourceParityTests
{
    [Fact]
    public void ResourceFolder_HasResourceFiles()
    {
        // Guards the other tests here: a wrong folder would make them pass on nothing.
        Assert.Contains("Pages/Shared/_Layout.resx", ResourceFiles.All());
    }

    [Fact]
    public void ResourceFiles_EachLanguage_HasItsPartner()
    {
        var all = ResourceFiles.All();

        var lonely = all.Where(f => ResourceFiles.IsDutch(f)
                ? !ResourceFiles.Exists(ResourceFiles.NeutralOf(f))
                : !ResourceFiles.Exists(ResourceFiles.DutchOf(f)))
            .ToList();

        Assert.True(lonely.Count == 0, "Resource files without their other language: " + string.Join(", ", lonely));
    }

    [Fact]
    public void ResourcePairs_KeyInOneLanguage_IsInTheOther()
    {
        var differences = new List<string>();
        foreach (var neutral in ResourceFiles.All().Where(f => !ResourceFiles.IsDutch(f) && ResourceFiles.Exists(ResourceFiles.DutchOf(f))))
        {
            var english = ResourceFiles.Entries(neutral).Keys.ToHashSet(StringComparer.Ordinal);
            var dutch = ResourceFiles.Entries(ResourceFiles.DutchOf(neutral)).Keys.ToHashSet(StringComparer.Ordinal);
            differences.AddRange(english.Except(dutch).Select(k => $"{neutral}: \"{k}\" has no Dutch"));
            differences.AddRange(dutch.Except(english).Select(k => $"{neutral}: \"{k}\" is only in Dutch"));
        }

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Fact]
    public void EnglishValues_AreTheirKeys()
    {
        // The keys are the English texts: a page asks for the English and the neutral file gives it back unchanged.
        var problems = ResourceFiles.All().Where(f => !ResourceFiles.IsDutch(f))
            .SelectMany(neutral => ResourceFiles.Entries(neutral).Where(e => e.Key != e.Value)
                .Select(e => $"{neutral}: \"{e.Key}\" has the English \"{e.Value}\""))
            .ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void DutchValues_AreNotEmpty_AndKeepEveryPlaceholderAndPieceOfMarkup()
    {
        var problems = new List<string>();
        foreach (var dutch in ResourceFiles.All().Where(ResourceFiles.IsDutch))
        {
            foreach (var (key, value) in ResourceFiles.Entries(dutch))
            {
                if (string.IsNullOrWhiteSpace(value)) problems.Add($"{dutch}: \"{key}\" is empty");
                else if (!Placeholders(key).SetEquals(Placeholders(value)))
                    problems.Add($"{dutch}: \"{value}\" does not have the placeholders of \"{key}\"");
                else if (Markup(key) != Markup(value))
                    problems.Add($"{dutch}: \"{value}\" does not have the markup of \"{key}\"");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void DutchValues_SameAsTheEnglish_AreWordsDutchSpellsTheSame()
    {
        // A Dutch text equal to its key is usually one nobody translated; the few that Dutch writes the same are listed,
        // and a text without words ("{0}: {1}") has nothing to translate.
        var untranslated = ResourceFiles.All().Where(ResourceFiles.IsDutch)
            .SelectMany(dutch => ResourceFiles.Entries(dutch)
                .Where(e => e.Key == e.Value && !SameInDutch.Contains(e.Key) && Placeholder().Replace(e.Key, "").Any(char.IsLetter))
                .Select(e => $"{dutch}: \"{e.Key}\""))
            .ToList();

        Assert.True(untranslated.Count == 0,
            "Dutch texts still in English (translate them, or add them to SameInDutch if Dutch writes them the same):"
            + Environment.NewLine + string.Join(Environment.NewLine, untranslated));
    }

    private static readonly HashSet<string> SameInDutch = new(StringComparer.Ordinal)
    {
        "Check-in", "Conflict", "Id {0}", "Model", "Open", "Portal", "Status", "Upload", "User principal name", "{0} d", "{0} min",
    };

    private static HashSet<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>The inline tags a text carries (strong, em, kbd, code), without their attributes and in any order (the
    /// Dutch may put the words in another order, and mark English words with lang="en"), but none lost or added.</summary>
    private static string Markup(string text) =>
        string.Join(",", Tag().Matches(text).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal));

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"<(/?(?:strong|em|kbd|code))\b[^>]*>")]
    private static partial Regex Tag();
}
