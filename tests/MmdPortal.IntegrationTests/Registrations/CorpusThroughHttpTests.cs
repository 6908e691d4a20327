using System.Net;

namespace MmdPortal.IntegrationTests.Registrations;

/// <summary>Every file of the reader's corpus (tests/MmdPortal.UnitTests/TestData/Csv), uploaded as the admin
/// would, with "Validate only" so that each file is judged on its own: the reader's unit tests check every row,
/// these check that the whole path — multipart, reader, registrar, rules — gives the admin the same answer.</summary>
public sealed class CorpusThroughHttpTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    [Theory]
    [InlineData("encoding-utf8.csv", 3, 3)]
    [InlineData("encoding-utf8-bom.csv", 3, 3)]
    [InlineData("encoding-utf16le-bom.csv", 3, 3)]
    [InlineData("encoding-utf16le.csv", 3, 3)]
    [InlineData("encoding-utf16be-bom.csv", 3, 3)]
    [InlineData("encoding-utf16be.csv", 3, 3)]
    [InlineData("encoding-utf32le-bom.csv", 3, 3)]
    [InlineData("encoding-windows1252.csv", 3, 3)]
    [InlineData("form-autopilot.csv", 2, 2)]
    [InlineData("form-autopilot-grouptag.csv", 1, 1)]
    [InlineData("form-autopilot-partner.csv", 2, 2)]
    [InlineData("form-concatenated.csv", 2, 2)]
    [InlineData("form-configmgr-custom.csv", 1, 1)]
    [InlineData("form-configmgr-report.csv", 3, 3)]
    [InlineData("form-configmgr-report-first-hash-missing.csv", 2, 1)]
    [InlineData("form-excel-saved.csv", 1, 1)]
    [InlineData("form-header-variants.csv", 2, 2)]
    [InlineData("form-intune-export-csv.csv", 1, 1)]
    [InlineData("form-mmd.csv", 1, 1)]
    // Its second row's serial number is markup, not the serial inside its hash: "Device not found".
    [InlineData("content-formula-html.csv", 2, 1)]
    public async Task UsableFile_IsReadRowByRow(string file, int rows, int ready)
    {
        using var response = await ValidateAsync(file);

        var document = await response.ReadJsonAsync();
        Assert.Equal(rows, document["rowCount"]!.GetValue<int>());
        Assert.Equal(ready, document["counts"]!["ReadyForUser"]?.GetValue<int>() ?? 0);
        Assert.All(document["rows"]!.AsArray(), r => Assert.Equal(file, r!["file"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("bad-binary.csv", "not a text file")]
    [InlineData("bad-blank-lines.csv", "the file is empty")]
    [InlineData("bad-bom-only.csv", "the file is empty")]
    [InlineData("bad-empty.csv", "the file is empty")]
    [InlineData("bad-excel-legacy.xls", "Excel workbook in the old .xls format")]
    [InlineData("bad-excel.xlsx", "Excel workbook (.xlsx)")]
    [InlineData("bad-header-only.csv", "no device rows")]
    [InlineData("bad-mmd-partner-sample.csv", "partner registration file")]
    [InlineData("bad-no-hash-column.csv", "no column for the hardware hash")]
    [InlineData("bad-no-header.csv", "no line above it names the columns")]
    [InlineData("bad-nul-byte.csv", "NUL character")]
    [InlineData("bad-nul-utf16le.csv", "NUL character")]
    [InlineData("bad-report.pdf", "PDF document")]
    [InlineData("bad-semicolon.csv", "separated by ';'")]
    [InlineData("bad-title-lines-only.csv", "no recognisable header in the first 20 lines")]
    public async Task UnusableFile_IsRefusedNamingTheFileAndWhatToFix(string file, string expected)
    {
        using var response = await ValidateAsync(file);

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(file, problem["file"]!.GetValue<string>());
        Assert.Contains(expected, problem["detail"]!.GetValue<string>());
    }

    private async Task<HttpResponseMessage> ValidateAsync(string file)
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Corpus", file))), "files", file },
        };
        return await portal.CreateApiClient().PostAsync("/api/v1/registrations?dryRun=true", form);
    }
}
