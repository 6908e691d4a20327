using System.Net;
using System.Text;

namespace MmdPortal.IntegrationTests.Registrations;

public sealed class SmallLimitPortalFactory : PortalApplicationFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Upload:MaxRows"] = "5",
        ["Upload:BatchSize"] = "2",
    };
}

/// <summary>An upload that cannot be used is refused as a whole, says which file and what to fix, and stores nothing.</summary>
public sealed class RefusedUploadsTests(SmallLimitPortalFactory portal) : IClassFixture<SmallLimitPortalFactory>
{
    private readonly HttpClient _api = portal.CreateApiClient();

    [Fact]
    public async Task PartnerFile_IsRefusedWithWhatToUploadInstead()
    {
        var problem = await RefusedAsync(("partner.csv", "Manufacturer,Model,Serial Number\r\nSpiralOrbit,ContosoABC,000000000000\r\n"));

        Assert.Equal("partner.csv", problem["file"]!.GetValue<string>());
        Assert.Contains("partner registration file", problem["detail"]!.GetValue<string>());
        Assert.Contains("Get-WindowsAutoPilotInfo", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task FileWithoutHashColumn_NamesTheColumnsItFound()
    {
        var problem = await RefusedAsync(("serials.csv", "Device Serial Number,Windows Product ID\r\nABC,123\r\n"));

        Assert.Equal(1, problem["line"]!.GetValue<int>());
        Assert.Contains("no column for the hardware hash; found: 'Device Serial Number', 'Windows Product ID'",
            problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task GoodFileThenBadFile_StoresNothingOfEither()
    {
        var problem = await RefusedAsync(("good.csv", TestCsv.Autopilot(1, 2, 3)), ("empty.csv", ""));

        Assert.Equal("empty.csv", problem["file"]!.GetValue<string>());
        Assert.Contains("empty", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task MoreRowsThanTheLimit_StoresNothing()
    {
        // Five rows fit, in batches of two that are written before the sixth row arrives: all must be rolled back.
        var problem = await RefusedAsync(("a.csv", TestCsv.Autopilot(11, 12, 13)), ("b.csv", TestCsv.Autopilot(14, 15, 16)));

        Assert.Contains("more than 5 device rows", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task FieldLongerThanItsColumn_IsRefusedWithItsLine()
    {
        var csv = $"{TestCsv.AutopilotHeader},Group Tag\r\n{TestCsv.Serial(41)},,{TestCsv.Hash(41)},{new string('g', 101)}\r\n";

        var problem = await RefusedAsync(("long.csv", csv));

        Assert.Equal(2, problem["line"]!.GetValue<int>());
        Assert.Contains("the group tag is 101 characters long; at most 100 fit", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task HeaderOnly_IsRefused()
    {
        var problem = await RefusedAsync(("header.csv", TestCsv.AutopilotHeader + "\r\n\r\n"));

        Assert.Contains("no device rows", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task ExcelWorkbook_IsRefusedWithHowToSaveAsCsv()
    {
        var problem = await RefusedAsync(("devices.xlsx", "PK\u0003\u0004\u0014\u0000\u0006\u0000binary"));

        Assert.Contains("Excel workbook", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task NotMultipart_IsRefused()
    {
        var before = await portal.CountAllAsync();

        using var response = await _api.PostAsync("/api/v1/registrations", new StringContent(TestCsv.Autopilot(21), Encoding.UTF8, "text/csv"));

        var problem = await response.ReadJsonAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("multipart/form-data", problem["detail"]!.GetValue<string>());
        Assert.Equal(before, await portal.CountAllAsync());
    }

    [Fact]
    public async Task FormWithoutAFilePart_IsRefused()
    {
        var before = await portal.CountAllAsync();
        using var form = new MultipartFormDataContent { { new StringContent("hello"), "note" } };

        using var response = await _api.PostAsync("/api/v1/registrations", form);

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("No file was uploaded", problem["detail"]!.GetValue<string>());
        Assert.Equal(before, await portal.CountAllAsync());
    }

    [Fact]
    public async Task BodyThatBreaksOffMidFile_IsRefusedAndStoresNothing()
    {
        var before = await portal.CountAllAsync();
        var body = $"--cut\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.csv\"\r\n\r\n{TestCsv.Autopilot(31, 32)}";
        using var content = new StringContent(body);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=cut");

        using var response = await _api.PostAsync("/api/v1/registrations", content);

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("incomplete or malformed", problem["detail"]!.GetValue<string>());
        Assert.Equal(before, await portal.CountAllAsync());
    }

    private async Task<System.Text.Json.Nodes.JsonNode> RefusedAsync(params (string Name, string Content)[] files)
    {
        var before = await portal.CountAllAsync();
        using var response = await portal.UploadAsync(_api, files);
        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(before, await portal.CountAllAsync());
        return problem;
    }
}
