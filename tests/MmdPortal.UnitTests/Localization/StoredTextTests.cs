using MmdPortal.Web.Localization;

namespace MmdPortal.UnitTests.Localization;

/// <summary>A stored text (key and values) reads in the reader's language, renders in English for exports, and a
/// text stored before values were is translated when known and shown as stored otherwise.</summary>
public sealed class StoredTextTests
{
    private static readonly StoredText Mismatch = StoredText.Of(
        "The serial number in the file ({0}) is not the one inside the hardware hash ({1}). Correct the file, or capture the hardware hash on the device again, and upload it again.",
        "TYPO-1", "0123456789");

    [Fact]
    public void Localized_InDutch_PutsTheValuesIntoTheDutchText()
    {
        using var _ = UiCulture.Dutch();

        Assert.Equal("Het serienummer in het bestand (TYPO-1) is niet het serienummer in de hardware-hash (0123456789). " +
            "Corrigeer het bestand, of leg de hardware-hash opnieuw vast op het apparaat, en upload het opnieuw.", Mismatch.Localized());
    }

    [Fact]
    public void English_IsEnglish_WhateverTheReadersLanguage()
    {
        using var _ = UiCulture.Dutch();

        Assert.StartsWith("The serial number in the file (TYPO-1) is not the one inside the hardware hash (0123456789).", Mismatch.English());
        Assert.Equal(Mismatch.English(), StoredText.English(Mismatch.Key, Mismatch.Args));
    }

    [Fact]
    public void Values_AreFormattedInvariantly_WhenStored()
    {
        using var _ = UiCulture.Dutch();

        Assert.Equal("""["1000","2,5"]""", StoredText.Of("{0} {1}", 1000, "2,5").Args);
        Assert.Equal("""["1.5"]""", StoredText.Of("{0}", 1.5).Args);
    }

    [Fact]
    public void EqualTexts_AreEqual_SoThatTheWorkerCanGroupThem()
    {
        Assert.Equal(StoredText.Of("Duplicate of {0} line {1}.", "a.csv", 2), StoredText.Of("Duplicate of {0} line {1}.", "a.csv", 2));
        Assert.NotEqual(StoredText.Of("Duplicate of {0} line {1}.", "a.csv", 2), StoredText.Of("Duplicate of {0} line {1}.", "a.csv", 3));
    }

    [Fact]
    public void TextStoredBeforeValues_IsTranslatedWhenKnown_AndShownAsStoredOtherwise()
    {
        using var _ = UiCulture.Dutch();

        Assert.Equal("Deze hardware is geregistreerd bij een andere organisatie.",
            StoredText.Show("This hardware is registered to another organization.", null));
        Assert.Equal("The Dell Inc. Latitude 7420 is not in the hardware catalog of supported devices.",
            StoredText.Show("The Dell Inc. Latitude 7420 is not in the hardware catalog of supported devices.", null));
        Assert.Null(StoredText.Show(null, null));
    }

    [Fact]
    public void BrokenValues_ShowTheStoredText_InsteadOfFailingThePage()
    {
        Assert.Equal("Duplicate of {0} line {1}.", StoredText.Show("Duplicate of {0} line {1}.", "not json"));
        Assert.Equal("Duplicate of {0} line {1}.", StoredText.Show("Duplicate of {0} line {1}.", """["only one"]"""));
    }

    [Fact]
    public void LongValue_IsCut()
    {
        var text = StoredText.Of("{0}", new string('x', 2_000));

        Assert.Equal(StoredText.MaxValueLength, text.English().Length);
        Assert.EndsWith("…", text.English());
    }

    [Fact]
    public void Warnings_FollowTheirValues_AndAListWithoutValuesIsShownAsStored()
    {
        using var _ = UiCulture.Dutch();
        const string Key = "{0}, line {1}: columns ignored, as the portal does not use them: {2}.";

        Assert.Equal(["a.csv, regel 1: kolommen genegeerd, omdat de portal ze niet gebruikt: 'Notes'."],
            StoredText.ShowAll([Key], [StoredText.Of(Key, "a.csv", 1, "'Notes'").StoredArgs]));
        Assert.Equal(["a.csv: line 1: columns ignored, as the portal does not use them: 'Notes'."],
            StoredText.ShowAll(["a.csv: line 1: columns ignored, as the portal does not use them: 'Notes'."], null));
    }
}
