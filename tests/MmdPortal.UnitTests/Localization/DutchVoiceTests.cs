using System.Text.RegularExpressions;

namespace MmdPortal.UnitTests.Localization;

/// <summary>The portal speaks to Dutch users in one voice, the formal "u/uw" of Microsoft's Dutch documentation,
/// and uses that documentation's words for its statuses and errors, whichever resource file a text is in.</summary>
public sealed partial class DutchVoiceTests
{
    [Fact]
    public void DutchTexts_AddressTheUserFormally()
    {
        var informal = DutchEntries()
            .Where(e => InformalPronoun().IsMatch(e.Value))
            .Select(e => $"{e.File}: \"{e.Value}\"")
            .ToList();

        Assert.True(informal.Count == 0, "Dutch texts that say je/jij/jouw instead of u/uw:\n" + string.Join("\n", informal));
    }

    [Theory]
    [InlineData("Request ID", "aanvraag-id")]
    [InlineData("image", "installatiekopie")]
    public void DutchTexts_UseOneWordPerTerm(string english, string dutch)
    {
        // A Dutch text whose English key names the term must say the agreed Dutch word, not a synonym.
        var astray = DutchEntries()
            .Where(e => Regex.IsMatch(e.Key, $@"\b{Regex.Escape(english)}\b", RegexOptions.IgnoreCase)
                && !e.Key.Contains("<code>", StringComparison.Ordinal)
                && !e.Value.Contains(dutch, StringComparison.OrdinalIgnoreCase))
            .Select(e => $"{e.File}: \"{e.Key}\" → \"{e.Value}\"")
            .ToList();

        Assert.True(astray.Count == 0, $"Dutch texts for \"{english}\" without \"{dutch}\":\n" + string.Join("\n", astray));
    }

    private static IEnumerable<(string File, string Key, string Value)> DutchEntries() =>
        ResourceFiles.All().Where(ResourceFiles.IsDutch)
            .SelectMany(f => ResourceFiles.Entries(f).Select(e => (f, e.Key, e.Value)));

    [GeneratedRegex(@"\b(je|jij|jou|jouw|jezelf|jullie)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InformalPronoun();
}
