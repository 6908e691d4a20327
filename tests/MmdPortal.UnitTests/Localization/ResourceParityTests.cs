using System.Text.RegularExpressions;

namespace MmdPortal.UnitTests.Localization;

/// <summary>English and Dutch stay in step: every resource comes as a neutral (English) file and a .nl file with
/// the same keys, and no Dutch text is empty or drops a placeholder.</summary>
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
    public void DutchValues_AreNotEmpty_AndKeepEveryPlaceholder()
    {
        var problems = new List<string>();
        foreach (var dutch in ResourceFiles.All().Where(ResourceFiles.IsDutch))
        {
            foreach (var (key, value) in ResourceFiles.Entries(dutch))
            {
                if (string.IsNullOrWhiteSpace(value)) problems.Add($"{dutch}: \"{key}\" is empty");
                else if (!Placeholders(key).SetEquals(Placeholders(value)))
                    problems.Add($"{dutch}: \"{value}\" does not have the placeholders of \"{key}\"");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static HashSet<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
