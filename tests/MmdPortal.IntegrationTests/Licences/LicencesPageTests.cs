using System.Net;
using System.Net.Http.Headers;
using MmdPortal.Web.Accounts;

namespace MmdPortal.IntegrationTests.Licences;

/// <summary>Admins keep the list of licensed users on /Licences; readers look it up.</summary>
public sealed class LicencesPageTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    private const string ReaderName = "licence.reader@contoso.test";
    private const string ReaderPassword = "Reader-Password-1";

    [Fact]
    public async Task Admin_AddsThenRemovesAUser()
    {
        var admin = await portal.SignedInClientAsync();

        var added = await PostAsync(admin, "Add", "Page.Add@Contoso.com");
        var again = await PostAsync(admin, "Add", "page.add@contoso.com");
        var removed = await PostAsync(admin, "Remove", "page.add@contoso.com");

        Assert.Contains("page.add@contoso.com now holds a licence.", added);
        Assert.Contains("data-upn=\"page.add@contoso.com\"", added);
        Assert.Contains("holds a licence already", again);
        Assert.Contains("no longer holds a licence", removed);
        Assert.DoesNotContain("data-upn=\"page.add@contoso.com\"", removed);
    }

    [Fact]
    public async Task Admin_AddsSomethingThatIsNotAUpn_IsToldWhatToFix()
    {
        var admin = await portal.SignedInClientAsync();

        var page = await PostAsync(admin, "Add", "Adele Vance");

        Assert.Contains("Nothing was added", page);
        Assert.Contains("name@domain", page);
    }

    [Fact]
    public async Task Admin_UploadsACsv_AndABadLineRefusesTheWholeFile()
    {
        var admin = await portal.SignedInClientAsync();

        var good = await UploadAsync(admin, "UPN\r\nupload.one@contoso.com\r\nupload.two@contoso.com\r\n");
        var bad = await UploadAsync(admin, "upload.three@contoso.com\r\nupload three\r\n");

        Assert.Contains("Added 2 licensed users; 0 held a licence already.", good);
        Assert.Contains("data-upn=\"upload.two@contoso.com\"", good);
        Assert.Contains("line 2", bad);
        Assert.Contains("&#x27;upload three&#x27;", bad);
        Assert.DoesNotContain("data-upn=\"upload.three@contoso.com\"", bad);
    }

    [Fact]
    public async Task Search_ShowsOnlyMatches()
    {
        var admin = await portal.SignedInClientAsync();
        await PostAsync(admin, "Add", "findme@contoso.com");
        await PostAsync(admin, "Add", "other.person@contoso.com");

        var page = await (await admin.GetAsync("/Licences?search=FINDME")).ReadHtmlAsync();

        Assert.Contains("data-upn=\"findme@contoso.com\"", page);
        Assert.DoesNotContain("data-upn=\"other.person@contoso.com\"", page);
    }

    [Fact]
    public async Task Reader_SeesTheListButCannotEditIt()
    {
        var admin = await portal.SignedInClientAsync();
        await PostAsync(admin, "Add", "seen.by.reader@contoso.com");
        await portal.TryCreateUserAsync(ReaderName, ReaderPassword, PortalRoles.Reader);
        var reader = await portal.SignedInClientAsync(ReaderName, ReaderPassword);

        var page = await (await reader.GetAsync("/Licences")).ReadHtmlAsync();
        var token = SignIn.AntiforgeryToken(await (await reader.GetAsync("/Devices")).ReadHtmlAsync());
        using var add = await reader.PostAsync("/Licences?handler=Add", Form(token, "reader.added@contoso.com"));
        using var remove = await reader.PostAsync("/Licences?handler=Remove", Form(token, "seen.by.reader@contoso.com"));

        Assert.Contains("data-upn=\"seen.by.reader@contoso.com\"", page);
        Assert.Contains("href=\"/Licences\"", page);
        Assert.DoesNotContain("handler=Add", page);
        Assert.DoesNotContain("handler=Remove", page);
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, remove.StatusCode);
        Assert.Contains("data-upn=\"seen.by.reader@contoso.com\"", await (await admin.GetAsync("/Licences")).ReadHtmlAsync());
    }

    private static async Task<string> PostAsync(HttpClient browser, string handler, string upn)
    {
        var token = SignIn.AntiforgeryToken(await (await browser.GetAsync("/Licences")).ReadHtmlAsync());
        using var response = await browser.PostAsync($"/Licences?handler={handler}", Form(token, upn));
        return await response.ReadHtmlAsync();
    }

    private static async Task<string> UploadAsync(HttpClient browser, string csv)
    {
        var token = SignIn.AntiforgeryToken(await (await browser.GetAsync("/Licences")).ReadHtmlAsync());
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var part = new StringContent(csv);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(part, "file", "users.csv");
        using var response = await browser.PostAsync("/Licences?handler=Upload", form);
        return await response.ReadHtmlAsync();
    }

    private static FormUrlEncodedContent Form(string token, string upn) => new(new Dictionary<string, string>
    {
        ["userPrincipalName"] = upn, ["__RequestVerificationToken"] = token,
    });
}
