using MmdPortal.UnitTests.Cli;

namespace MmdPortal.UnitTests.Localization;

/// <summary>The CLI speaks English on a workstation whose language is Dutch: its own words are English, and the
/// CSV reader's problem it passes on must be too.</summary>
public sealed class CommandLineLanguageTests : IDisposable
{
    private readonly MergeFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Merge_OnADutchWorkstation_ReportsARefusedFileInEnglish()
    {
        var partner = _folder.WriteUtf8("partner.csv", "Manufacturer,Model,Serial Number", "Dell Inc.,Latitude 7420,ABC1234");
        using var dutch = UiCulture.Dutch();

        var run = await _folder.MergeAsync(_folder.PathOf("merged.csv"), partner);

        Assert.Contains($"{partner}, line 1: file skipped: {MergeFolder.PartnerMessage}", run.Errors);
    }
}
