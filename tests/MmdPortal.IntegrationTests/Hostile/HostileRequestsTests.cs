using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace MmdPortal.IntegrationTests.Hostile;

/// <summary>The portal with room for the many sign-ins of the hostile tests (10 a minute by default).</summary>
public sealed class HostilePortalFactory : PortalApplicationFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Accounts:SignInsPerMinute"] = "10000" };
}

/// <summary>Hostile values in every place a client puts one: search boxes, page sizes and cursors, uploaded file
/// names, compressed files named .csv, return URLs that would inject headers, and device fields that are formulas
/// or markup, shown back on every page and in every export. Each is a clear 4xx or is shown inert; never a 500.</summary>
public sealed class HostileRequestsTests(HostilePortalFactory portal) : IClassFixture<HostilePortalFactory>
{
    private const string Script = "<script>alert(1)</script>";
    private const string Formula = "=HYPERLINK(\"http://evil.test\",\"x\")";

    public static TheoryData<string> SqlLooking =>
        ["' OR 1=1 --", "%", "_", "\\", "%' --", "\"; DROP TABLE \"Devices\"; --", "[a-z]", "*", "\u0000", "😀", new string('%', 5000)];

    [Theory]
    [MemberData(nameof(SqlLooking))]
    public async Task SearchBoxes_SqlLookingTerms_MatchLiterallyAndNeverFail(string term)
    {
        var api = portal.CreateApiClient();
        await portal.WaitUntilCompletedAsync(api, await portal.RegisterAsync(api, ("search.csv", TestCsv.Autopilot(9601, 9602))));
        var q = Uri.EscapeDataString(term);
        var admin = await portal.SignedInClientAsync();

        foreach (var url in (string[])[$"/api/v1/devices?search={q}", $"/api/v1/licences?search={q}", $"/api/v1/catalog?search={q}",
                     $"/api/v1/devices/export?search={q}", $"/api/v1/devices/export?format=hashes&search={q}"])
        {
            using var response = await api.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            if (term.Contains('\0', StringComparison.Ordinal))
            {
                // PostgreSQL cannot hold a NUL in text: refused up front, on every database alike.
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {(int)response.StatusCode} {body}");
                Assert.Contains("NUL", JsonNode.Parse(body)!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
                continue;
            }

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
            // No serial, model or user holds these characters: a wildcard or an injected OR would match every device.
            Assert.DoesNotContain(TestCsv.Serial(9601), body);
        }

        foreach (var url in (string[])[$"/Devices?search={q}", $"/Devices?handler=Blade&search={q}", $"/Devices/Export?search={q}",
                     $"/Licences?search={q}", $"/Catalog?search={q}", $"/Audit?actor={q}", $"/Audit?action={q}"])
        {
            using var response = await admin.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            var expected = term.Contains('\0', StringComparison.Ordinal) ? HttpStatusCode.BadRequest : HttpStatusCode.OK;
            Assert.True(response.StatusCode == expected, $"{url}: {(int)response.StatusCode}");
            Assert.DoesNotContain(TestCsv.Serial(9601), body);
        }
    }

    public static TheoryData<string, string> BadPaging => new()
    {
        { "pageSize", "0" }, { "pageSize", "-1" }, { "pageSize", "501" }, { "pageSize", "2147483647" }, { "pageSize", "2147483648" },
        { "pageSize", "99999999999999999999" }, { "pageSize", "abc" }, { "pageSize", "1e9" }, { "pageSize", "1.5" },
        { "cursor", "garbage" }, { "cursor", "AAAA" }, { "cursor", "////" }, { "cursor", "' OR 1=1 --" }, { "cursor", "%00" },
        { "cursor", "eyJhIjoxfQ" }, { "cursor", new string('A', 20_000) }, { "cursor", "MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkw" },
    };

    [Theory]
    [MemberData(nameof(BadPaging))]
    public async Task ListEndpoints_EnormousPageSizesAndInvalidCursors_Are400WithADetailThatSaysWhatToFix(string parameter, string value)
    {
        var api = portal.CreateApiClient();
        foreach (var list in (string[])["/api/v1/devices", "/api/v1/registrations", "/api/v1/licences"])
        {
            var url = $"{list}?{parameter}={Uri.EscapeDataString(value)}";
            using var response = await api.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {(int)response.StatusCode} {body}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var detail = JsonNode.Parse(body)!["detail"]?.GetValue<string>();
            Assert.False(string.IsNullOrWhiteSpace(detail), $"{url}: no detail in {body}");
            Assert.Contains(parameter, detail, StringComparison.OrdinalIgnoreCase);
        }

        var rowsUrl = $"/api/v1/registrations/{Guid.NewGuid()}?rowsCursor={Uri.EscapeDataString(value)}";
        using var rows = await api.GetAsync(rowsUrl);
        Assert.True(rows.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{rowsUrl}: {(int)rows.StatusCode}");
    }

    [Theory]
    [InlineData("/Devices?cursor=")]
    [InlineData("/Requests?cursor=")]
    [InlineData("/Licences?cursor=")]
    [InlineData("/Audit?cursor=")]
    public async Task Pages_InvalidCursors_AreAClearAnswerNotA500(string page)
    {
        var admin = await portal.SignedInClientAsync();
        foreach (var cursor in (string[])["garbage", "' OR 1=1 --", new string('A', 20_000), "%FF%FE"])
        {
            using var response = await admin.GetAsync(page + Uri.EscapeDataString(cursor));
            Assert.True((int)response.StatusCode is 200 or 400, $"{page}{cursor[..Math.Min(20, cursor.Length)]}: {(int)response.StatusCode}");
        }
    }

    public static TheoryData<string> HostileFileNames =>
    [
        "../../etc/passwd.csv", "..\\..\\windows\\win.ini.csv", "C:\\x\\..\\a.csv", "/etc/shadow.csv", "..", ".",
        "evil\r\nX-Injected: 1.csv", "tab\there\u0000nul.csv", "\u202Evsc.exe", "<script>alert(1)</script>.csv",
        "=HYPERLINK(\"http://evil.test\").csv", new string('a', 5000) + ".csv",
    ];

    [Theory]
    [MemberData(nameof(HostileFileNames))]
    public async Task Upload_HostileFileNames_AreNeverAPathAndAreShownInert(string fileName)
    {
        var api = portal.CreateApiClient();
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(Encoding.UTF8.GetBytes(TestCsv.AutopilotWith([9611], ("BAD-NAME-ROW", "T0E="))));
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        // Set the header by hand: HttpClient would refuse to write a CR/LF, a browser or curl sends what it is given.
        part.Headers.TryAddWithoutValidation("Content-Disposition",
            $"form-data; name=\"files\"; filename=\"{fileName.Replace("\"", "\\\"", StringComparison.Ordinal)}\"");
        form.Add(part);

        using var response = await api.PostAsync("/api/v1/registrations", form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        if (response.StatusCode != HttpStatusCode.Accepted) return;

        var requestId = JsonNode.Parse(body)!["requestId"]!.GetValue<Guid>();
        var document = await portal.WaitUntilCompletedAsync(api, requestId);
        var stored = document["rows"]![0]!["file"]!.GetValue<string>();
        Assert.DoesNotContain('/', stored);
        Assert.DoesNotContain('\\', stored);
        Assert.DoesNotContain("..", stored == ".." ? "" : stored.Replace("...", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.False(stored.Any(char.IsControl), $"control characters kept in '{stored}'");
        Assert.False(stored.Any(c => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'), $"bidi controls kept in '{stored}'");
        Assert.True(stored.Length <= 200);
        Assert.False(File.Exists(Path.Combine(AppContext.BaseDirectory, stored)) && stored.EndsWith(".csv", StringComparison.Ordinal));

        var admin = await portal.SignedInClientAsync();
        using var page = await admin.GetAsync($"/Requests/{requestId}");
        var html = await page.ReadHtmlAsync();
        Assert.DoesNotContain(Script, html);
        using var failed = await admin.GetAsync($"/Requests/{requestId}?handler=FailedRows");
        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.False(failed.Content.Headers.ContentDisposition?.ToString().Any(char.IsControl) ?? false);
        Assert.DoesNotContain(failed.Headers, h => h.Key == "X-Injected");
        Assert.DoesNotContain("\n=HYPERLINK", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evil%0D%0AX-Injected%3A%201.csv")]
    [InlineData("tab%09nul%00.csv")]
    [InlineData("%E2%80%AEvsc.exe")]
    [InlineData("..%2F..%2Fetc%2Fpasswd.csv")]
    public async Task Upload_EncodedFileNames_LoseControlAndBidiCharacters(string encoded)
    {
        var api = portal.CreateApiClient();
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(Encoding.UTF8.GetBytes(TestCsv.Autopilot(9641)));
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        // RFC 5987's filename* percent-decodes to any character at all, CR/LF and U+202E included.
        part.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"files\"; filename=\"x.csv\"; filename*=UTF-8''{encoded}");
        form.Add(part);

        using var response = await api.PostAsync("/api/v1/registrations", form);
        var requestId = (await response.ReadJsonAsync(HttpStatusCode.Accepted))["requestId"]!.GetValue<Guid>();
        var stored = (await portal.WaitUntilCompletedAsync(api, requestId))["rows"]![0]!["file"]!.GetValue<string>();

        Assert.False(stored.Any(c => char.IsControl(c) || c is >= '\u202A' and <= '\u202E'), $"kept: {Uri.EscapeDataString(stored)}");
        Assert.DoesNotContain('/', stored);
    }

    [Fact]
    public async Task FormulasAndMarkupInDeviceFields_AreInertOnEveryPageAndInEveryExport()
    {
        var api = portal.CreateApiClient();
        // A failed row keeps the serial as typed; a registered device gets its group tag from the assign call.
        var csv = TestCsv.AutopilotWith([9621], (Formula, "T0E="), (Script, "T0E="), ("+cmd|' /C calc'!A0", "T0E="), ("@SUM(1+1)", "T0E="));
        var requestId = await portal.RegisterAsync(api, ("injection.csv", csv));
        var document = await portal.WaitUntilCompletedAsync(api, requestId);
        var deviceId = document["rows"]!.AsArray().Single(r => r!["serialNumber"]!.GetValue<string>() == TestCsv.Serial(9621))!["deviceId"]!.GetValue<Guid>();
        using (var assign = await api.PostAsJsonAsync("/api/v1/devices/assign", new { deviceIds = new[] { deviceId }, groupTag = Script + Formula }))
            await assign.ReadJsonAsync();
        var admin = await portal.SignedInClientAsync();

        foreach (var url in (string[])["/Devices", $"/Devices/{deviceId}", "/Requests", $"/Requests/{requestId}", $"/Requests/{requestId}?failed=true",
                     "/Audit", $"/Devices?search={Uri.EscapeDataString(Script)}"])
        {
            var html = await (await admin.GetAsync(url)).ReadHtmlAsync();
            Assert.DoesNotContain(Script, html);
            Assert.DoesNotContain("<script>alert", html);
        }

        foreach (var url in (string[])[$"/Requests/{requestId}?handler=FailedRows", "/Devices/Export", "/Devices/Export?format=hashes"])
            AssertInertCsv(url, await (await admin.GetAsync(url)).Content.ReadAsStringAsync());
        foreach (var url in (string[])[$"/api/v1/registrations/{requestId}/failed-rows", "/api/v1/devices/export", "/api/v1/devices/export?format=hashes"])
            AssertInertCsv(url, await (await api.GetAsync(url)).Content.ReadAsStringAsync());
    }

    // Every cell that a spreadsheet would run starts with a quote instead.
    private static void AssertInertCsv(string url, string csv)
    {
        Assert.False(string.IsNullOrEmpty(csv), $"{url}: empty");
        foreach (var cell in csv.Split('\n').SelectMany(line => SplitCells(line.TrimEnd('\r'))))
        {
            var text = cell.StartsWith('"') ? cell.Trim('"').Replace("\"\"", "\"", StringComparison.Ordinal) : cell;
            Assert.False(text.Length > 0 && text[0] is '=' or '+' or '-' or '@', $"{url}: a formula cell: {text}");
        }
    }

    private static IEnumerable<string> SplitCells(string line)
    {
        var cell = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            if (c == ',' && !quoted)
            {
                yield return cell.ToString();
                cell.Clear();
            }
            else cell.Append(c);
        }

        yield return cell.ToString();
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("zip")]
    [InlineData("deflate")]
    public async Task Upload_ACompressedFileNamedCsv_Is400WithADetail(string kind)
    {
        // A bomb: 200 MB of zeros, a few hundred KB compressed. It must be refused by its bytes, never inflated.
        var bomb = Compress(kind, 200 * 1024 * 1024);

        using var response = await UploadBytesAsync(portal.CreateApiClient(), bomb, "devices.csv");

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("devices.csv", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_AGzipBodyWithContentEncoding_IsA4xxAndNotInflated()
    {
        var csv = Encoding.UTF8.GetBytes(TestCsv.Autopilot(9631));
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(csv), "files", "devices.csv");
        var body = await form.ReadAsByteArrayAsync();
        using var gzip = new ByteArrayContent(Compress("gzip", 0, body));
        gzip.Headers.ContentType = form.Headers.ContentType;
        gzip.Headers.ContentEncoding.Add("gzip");

        using var response = await portal.CreateApiClient().PostAsync("/api/v1/registrations", gzip);

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var problem = await response.ReadJsonAsync(response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(problem["detail"]?.GetValue<string>()));
    }

    [Theory]
    [InlineData("/Devices\r\nX-Injected: 1")]
    [InlineData("/Devices%0d%0aX-Injected:%201")]
    [InlineData("/\r\n/evil.test")]
    [InlineData("//evil.test")]
    [InlineData("/\\evil.test")]
    public async Task ReturnUrls_ThatWouldInjectAHeaderOrLeaveThePortal_GoHome(string returnUrl)
    {
        var admin = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var html = await (await admin.GetAsync("/Account/SignIn")).ReadHtmlAsync();
        using var signIn = await admin.PostAsync("/Account/SignIn?ReturnUrl=" + Uri.EscapeDataString(returnUrl), new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["UserName"] = PortalApplicationFactory.AdminUser, ["Password"] = PortalApplicationFactory.AdminPassword,
                ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(html),
            }));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.DoesNotContain(signIn.Headers, h => h.Key == "X-Injected");
        var location = signIn.Headers.Location!.OriginalString;
        Assert.False(location.Any(char.IsControl), location);
        Assert.True(location.StartsWith('/') && !location.StartsWith("//", StringComparison.Ordinal) && !location.StartsWith("/\\", StringComparison.Ordinal), location);

        var signedIn = await portal.SignedInClientAsync();
        var token = SignIn.AntiforgeryToken(await (await signedIn.GetAsync("/Devices")).ReadHtmlAsync());
        using var bulk = await signedIn.PostAsync("/Devices/Bulk", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["action"] = "retry", ["ReturnUrl"] = returnUrl, ["__RequestVerificationToken"] = token,
        }));
        Assert.True((int)bulk.StatusCode < 500, $"Bulk: {(int)bulk.StatusCode}");
    }

    private static Task<HttpResponseMessage> UploadBytesAsync(HttpClient client, byte[] bytes, string name)
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(part, "files", name);
        return client.PostAsync("/api/v1/registrations", form);
    }

    private static byte[] Compress(string kind, int zeros, byte[]? content = null)
    {
        using var output = new MemoryStream();
        if (kind == "zip")
        {
            using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
            using var entry = zip.CreateEntry("devices.csv").Open();
            Write(entry);
        }
        else
        {
            using Stream compressor = kind == "gzip"
                ? new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true)
                : new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
            Write(compressor);
        }

        return output.ToArray();

        void Write(Stream target)
        {
            if (content is not null) target.Write(content);
            var block = new byte[1024 * 1024];
            for (var written = 0; written < zeros; written += block.Length) target.Write(block);
        }
    }
}
