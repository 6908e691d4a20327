using static MmdPortal.UnitTests.Registrations.CsvCorpus;

namespace MmdPortal.UnitTests.Registrations;

public sealed class HardwareHashCsvReaderFormTests
{
    [Fact]
    public async Task ReadAsync_GetWindowsAutoPilotInfo_ReadsSerialAndHash()
    {
        const string file = "form-autopilot.csv";

        Assert.Equal([Samples[0].Row(file, 2), Samples[1].Row(file, 3)], (await ReadAsync(file)).Rows());
    }

    [Fact]
    public async Task ReadAsync_GetWindowsAutoPilotInfoWithGroupTag_ReadsTheGroupTag()
    {
        const string file = "form-autopilot-grouptag.csv";

        Assert.Equal([Samples[2].Row(file, 2, groupTag: "Kiosk")], (await ReadAsync(file)).Rows());
    }

    [Fact]
    public async Task ReadAsync_GetWindowsAutoPilotInfoPartner_ReadsManufacturerAndModel()
    {
        const string file = "form-autopilot-partner.csv";

        Assert.Equal([Samples[1].Row(file, 2, withMaker: true), Samples[3].Row(file, 3, withMaker: true)],
            (await ReadAsync(file)).Rows());
    }

    [Fact]
    public async Task ReadAsync_MmdForm_ReadsManufacturerModelSerialAndHash()
    {
        const string file = "form-mmd.csv";

        Assert.Equal([Samples[0].Row(file, 2, withMaker: true)], (await ReadAsync(file)).Rows());
    }

    [Fact]
    public async Task ReadAsync_PublishedMmdSample_ReadsItsRowAsWritten()
    {
        var results = await ReadAsync(new TrickleStream(File.OpenRead(Path.Combine(AppContext.BaseDirectory,
            "TestData", "device-registration-sample-self.csv")), 100), "sample.csv");

        var row = Assert.Single(results.Rows());
        Assert.Equal(("sample.csv", 2, "Microsoft Corporation", "Surface Laptop", "016520771357"),
            (row.File, row.Line, row.Manufacturer, row.Model, row.SerialNumber));
        Assert.StartsWith("T0EeBAEAH", row.HardwareHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ExportCsvWithTypeLineAndQuotes_SkipsTheTypeLine()
    {
        const string file = "form-intune-export-csv.csv";

        Assert.Equal([Samples[3].Row(file, 3, groupTag: "Sales", assignedUser: "megan@contoso.com")],
            (await ReadAsync(file)).Rows());
    }

    [Fact]
    public async Task ReadAsync_ConfigMgrReport_ReadsTheValuesAfterTheLabelsOnPhysicalLines()
    {
        const string file = "form-configmgr-report.csv";

        Assert.Equal(
        [
            Samples[0].Row(file, 4, productId: "00330-80000-00000-AA000"),
            Samples[1].Row(file, 5, productId: "00330-80001-00000-AA100"),
            Samples[2].Row(file, 6, productId: "00330-80002-00000-AA200"),
        ], (await ReadAsync(file)).Rows());
    }

    [Fact]
    public async Task ReadAsync_ConfigMgrReportWhoseFirstHashIsMissing_ReadsThatRowToo()
    {
        const string file = "form-configmgr-report-first-hash-missing.csv";

        var results = await ReadAsync(file);

        Assert.Equal([Samples[3].Row(file, 4) with { HardwareHash = null }, Samples[0].Row(file, 5)], results.Rows());
        Assert.All(results, r => Assert.Null(r.Warning));
    }

    [Fact]
    public async Task ReadAsync_ReportWithTextboxHeaderAndLabelledRows_ReadsTheValues()
    {
        var csv = $"Textbox1,Textbox2,Textbox3,Device Serial Number,Windows Product ID,Hardware Hash\r\n" +
            $"{AutopilotHeader},{Samples[2].Serial},,{Samples[2].Hash}\r\n";

        var rows = (await ReadAsync(csv, "ssrs.csv")).Rows();

        Assert.Equal([Samples[2].Row("ssrs.csv", 2)], rows);
    }

    [Fact]
    public async Task ReadAsync_ConfigMgrCustomReport_ReadsSerialNumberAndHardwareHashColumns()
    {
        const string file = "form-configmgr-custom.csv";

        Assert.Equal([Samples[1].Row(file, 2)], (await ReadAsync(file)).Rows());
    }

    [Fact]
    public async Task ReadAsync_HeaderInOddSpellingWithAnUnknownColumn_ReadsRowsAndWarnsOnce()
    {
        const string file = "form-header-variants.csv";

        var results = await ReadAsync(file);

        Assert.Equal([Samples[0].Row(file, 2), Samples[1].Row(file, 3, groupTag: "Lab")], results.Rows());
        Assert.Equal([$"{file}, line 1: columns ignored, as the portal does not use them: 'Notes'.", null],
            results.Select(r => r.Warning?.English()));
    }

    [Fact]
    public async Task ReadAsync_TwoFilesJoined_SkipsTheSecondHeaderAndFollowsItsColumns()
    {
        const string file = "form-concatenated.csv";

        Assert.Equal([Samples[0].Row(file, 2), Samples[1].Row(file, 4, groupTag: "Lab")], (await ReadAsync(file)).Rows());
    }

    [Fact]
    public async Task ReadAsync_SerialsWithLeadingZeros_KeepsThemAsText()
    {
        var rows = (await ReadAsync($"{AutopilotHeader}\n00042,,{Samples[0].Hash}\n\"007\",,{Samples[1].Hash}\n", "zeros.csv")).Rows();

        Assert.Equal(["00042", "007"], rows.Select(r => r.SerialNumber));
    }

    [Fact]
    public async Task ReadAsync_SavedByExcel_IgnoresRowsOfBareCommas()
    {
        const string file = "form-excel-saved.csv";

        Assert.Equal([Samples[0].Row(file, 2, groupTag: "Ventes", assignedUser: "josé.garcía@contoso.com")],
            (await ReadAsync(file)).Rows());
    }

    [Fact]
    public async Task ReadAsync_FormulasAndMarkupInFields_KeepsThemAsWritten()
    {
        const string file = "content-formula-html.csv";

        Assert.Equal(
        [
            Samples[0].Row(file, 2, groupTag: "=cmd|' /C calc'!A0", assignedUser: "<script>alert(1)</script>"),
            Samples[1].Row(file, 3, groupTag: "+SUM(1,2)", assignedUser: "@evil") with { SerialNumber = "<img src=x onerror=alert(1)>" },
        ], (await ReadAsync(file)).Rows());
    }

    [Fact]
    public async Task ReadAsync_QuotedFieldSpanningLines_ReportsTheLineTheRowStartsOn()
    {
        var csv = $"{AutopilotHeader},Group Tag\n{Samples[0].Serial},,{Samples[0].Hash},\"two\nlines\"\n{Samples[1].Serial},,{Samples[1].Hash},\n";

        var rows = (await ReadAsync(csv, "multi.csv")).Rows();

        Assert.Equal([Samples[0].Row("multi.csv", 2, groupTag: "two\nlines"), Samples[1].Row("multi.csv", 4)], rows);
    }

    [Fact]
    public async Task ReadAsync_BlankLinesBetweenRows_CountsThemInLineNumbers()
    {
        var csv = $"\r\n{AutopilotHeader}\r\n\r\n{Samples[0].Serial},,{Samples[0].Hash}\r\n\r\n\r\n";

        Assert.Equal([Samples[0].Row("blank.csv", 4)], (await ReadAsync(csv, "blank.csv")).Rows());
    }

    [Fact]
    public async Task ReadAsync_TitleLinesUpToTheLimit_FindsTheHeaderBelowThem()
    {
        var titles = string.Concat(Enumerable.Range(1, 19).Select(i => $"Title {i}\n"));

        var rows = (await ReadAsync($"{titles}{AutopilotHeader}\n{Samples[0].Serial},,{Samples[0].Hash}\n", "titles.csv")).Rows();

        Assert.Equal([Samples[0].Row("titles.csv", 21)], rows);
    }
}
