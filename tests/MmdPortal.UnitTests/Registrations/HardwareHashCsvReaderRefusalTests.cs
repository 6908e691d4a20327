using MmdPortal.Web.Registrations;
using static MmdPortal.UnitTests.Registrations.CsvCorpus;

namespace MmdPortal.UnitTests.Registrations;

public sealed class HardwareHashCsvReaderRefusalTests
{
    private const string EmptyMessage =
        "the file is empty. Export the hardware hashes again (Get-WindowsAutoPilotInfo -OutputFile) and upload that file.";

    private const string NulMessage =
        "the line holds a NUL character, which a CSV never does: this is not a text file, or it is damaged. Upload the CSV written by Get-WindowsAutoPilotInfo or your OEM.";

    [Theory]
    [InlineData("bad-empty.csv")]
    [InlineData("bad-bom-only.csv")]
    [InlineData("bad-blank-lines.csv")]
    public async Task ReadAsync_NothingButBlanks_IsRefusedAsEmpty(string file) =>
        Assert.Equal(new UploadProblem(file, null, EmptyMessage), (await ReadAsync(file)).Refusal());

    [Fact]
    public async Task ReadAsync_HeaderOnly_IsRefusedForHavingNoDeviceRows() =>
        Assert.Equal(new UploadProblem("bad-header-only.csv", null, "the file has a header but no device rows below it."),
            (await ReadAsync("bad-header-only.csv")).Refusal());

    [Fact]
    public async Task ReadAsync_NoHashColumn_NamesTheColumnsFound() =>
        Assert.Equal(new UploadProblem("bad-no-hash-column.csv", 1,
                "no column for the hardware hash; found: 'Device Serial Number', 'Windows Product ID'. Add a 'Hardware Hash' column."),
            (await ReadAsync("bad-no-hash-column.csv")).Refusal());

    [Fact]
    public async Task ReadAsync_MmdPartnerSample_IsRefusedWithWhatToUploadInstead()
    {
        var problem = (await ReadAsync("bad-mmd-partner-sample.csv")).Refusal();

        Assert.Equal(("bad-mmd-partner-sample.csv", (int?)1), (problem.File, problem.Line));
        Assert.StartsWith("this is a partner registration file (Manufacturer, Model, Serial Number without hardware hashes)", problem.Message, StringComparison.Ordinal);
        Assert.Contains("run Get-WindowsAutoPilotInfo on each device", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_RowsWithoutAHeader_PointsAtTheFirstRow() =>
        Assert.Equal(new UploadProblem("bad-no-header.csv", 1,
                "this line holds a hardware hash, but no line above it names the columns. Add a header such as 'Device Serial Number,Windows Product ID,Hardware Hash' (in the order of your columns) as the first line."),
            (await ReadAsync("bad-no-header.csv")).Refusal());

    [Fact]
    public async Task ReadAsync_TwentyLinesWithoutAHeader_StopsLookingAndShowsTheFirstLine() =>
        Assert.Equal(new UploadProblem("bad-title-lines-only.csv", 1,
                "no recognisable header in the first 20 lines. The header names the columns, e.g. 'Device Serial Number,Windows Product ID,Hardware Hash'; found: 'Inventory page 1'."),
            (await ReadAsync("bad-title-lines-only.csv")).Refusal());

    [Fact]
    public async Task ReadAsync_TextWithoutAHeaderOrRows_ShowsTheFirstLine() =>
        Assert.Equal(new UploadProblem("notes.csv", 2,
                "no recognisable header in the file. The header names the columns, e.g. 'Device Serial Number,Windows Product ID,Hardware Hash'; found: 'Serials', 'to do'."),
            (await ReadAsync("\r\nSerials,to do\r\nlater\r\n", "notes.csv")).Refusal());

    [Fact]
    public async Task ReadAsync_SemicolonSeparated_SaysHowToSaveWithCommas() =>
        Assert.Equal(new UploadProblem("bad-semicolon.csv", 1,
                "the columns are separated by ';', not commas. Save the file as CSV (comma delimited), or export it again without -Delimiter or -UseCulture."),
            (await ReadAsync("bad-semicolon.csv")).Refusal());

    [Theory]
    [InlineData("bad-excel.xlsx", "this is an Excel workbook (.xlsx) or another zip file, not a CSV. Open it in Excel, save it as CSV (comma delimited) (*.csv) and upload that file.")]
    [InlineData("bad-excel-legacy.xls", "this is an Excel workbook in the old .xls format (or another Office document), not a CSV. Open it in Excel, save it as CSV (comma delimited) (*.csv) and upload that file.")]
    [InlineData("bad-report.pdf", "this is a PDF document, not a CSV. Export the report as CSV instead, or run Get-WindowsAutoPilotInfo -OutputFile and upload that file.")]
    [InlineData("bad-binary.csv", "this is not a text file. Upload the CSV written by Get-WindowsAutoPilotInfo or your OEM.")]
    public async Task ReadAsync_NotACsv_SaysWhatItIsAndWhatToDo(string file, string message) =>
        Assert.Equal(new UploadProblem(file, null, message), (await ReadAsync(file)).Refusal());

    [Fact]
    public async Task ReadAsync_NulByteInUtf8Text_IsRefusedAtItsLine() =>
        Assert.Equal(new UploadProblem("bad-nul-byte.csv", 3, NulMessage), (await ReadAsync("bad-nul-byte.csv")).Refusal());

    [Fact]
    public async Task ReadAsync_NulCharacterInUtf16Text_IsRefusedAtItsLine() =>
        Assert.Equal(new UploadProblem("bad-nul-utf16le.csv", 2, NulMessage), (await ReadAsync("bad-nul-utf16le.csv")).Refusal());
}
