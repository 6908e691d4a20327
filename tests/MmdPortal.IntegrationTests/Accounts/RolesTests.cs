using System.Net;
using MmdPortal.IntegrationTests.Pages;

namespace MmdPortal.IntegrationTests.Accounts;

/// <summary>Readers monitor; admins register and manage users.</summary>
public sealed class RolesTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    private const string ReaderName = "reader@contoso.test";
    private const string ReaderPassword = "Reader-Password-1";

    [Fact]
    public async Task Reader_SeesTheBladeButCannotRegister()
    {
        await EnsureReaderAsync();
        var reader = await portal.SignedInClientAsync(ReaderName, ReaderPassword);
        var before = await portal.CountAllAsync();

        var blade = await (await reader.GetAsync("/Devices")).ReadHtmlAsync();
        using var upload = await PageForms.UploadOnDevicesPageAsync(reader, "Register", ("r.csv", TestCsv.Autopilot(7001)));

        Assert.DoesNotContain("+ Register devices", blade);
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal(before, await portal.CountAllAsync());
    }

    [Fact]
    public async Task Reader_CannotDownloadRawHashesNorManageUsers()
    {
        await EnsureReaderAsync();
        var api = portal.CreateApiClient();
        var requestId = await portal.RegisterAsync(api, ("bad.csv", TestCsv.AutopilotWith([], ("BAD-7101", "T0E="))));
        await portal.WaitUntilCompletedAsync(api, requestId);
        var reader = await portal.SignedInClientAsync(ReaderName, ReaderPassword);

        using var failedRows = await reader.GetAsync($"/Requests/{requestId}?handler=FailedRows");
        using var users = await reader.GetAsync("/Users");

        Assert.Equal(HttpStatusCode.Forbidden, failedRows.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, users.StatusCode);
        Assert.DoesNotContain("Download failed rows", await (await reader.GetAsync($"/Requests/{requestId}")).ReadHtmlAsync());
    }

    [Fact]
    public async Task Admin_AddsAUserWhoCanThenSignIn_AndResetsTheirPassword()
    {
        var admin = await portal.SignedInClientAsync();
        var page = await (await admin.GetAsync("/Users")).ReadHtmlAsync();

        using var added = await admin.PostAsync("/Users?handler=Add", Form(page, new()
        {
            ["Input.UserName"] = "new.reader@contoso.test", ["Input.Password"] = "First-Password-1", ["Input.Role"] = "Reader",
        }));
        var afterAdd = await added.ReadHtmlAsync();
        Assert.Contains("Added new.reader@contoso.test as Reader.", afterAdd);
        await portal.SignedInClientAsync("new.reader@contoso.test", "First-Password-1");

        var userId = System.Text.RegularExpressions.Regex.Match(afterAdd,
            "data-user=\"new.reader@contoso.test\">.*?name=\"userId\" value=\"(\\d+)\"", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        using var reset = await admin.PostAsync("/Users?handler=Reset", Form(afterAdd, new()
        {
            ["userId"] = userId, ["newPassword"] = "Second-Password-2",
        }));

        Assert.Contains("The password was reset", await reset.ReadHtmlAsync());
        await portal.SignedInClientAsync("new.reader@contoso.test", "Second-Password-2");
        using var oldPassword = await SignIn.SignInAsync(portal.CreateClient(), "new.reader@contoso.test", "First-Password-1");
        Assert.True(oldPassword.IsSignInPage());
    }

    [Fact]
    public async Task Admin_CannotCreateSupportAccounts()
    {
        var admin = await portal.SignedInClientAsync();
        var page = await (await admin.GetAsync("/Users")).ReadHtmlAsync();

        using var response = await admin.PostAsync("/Users?handler=Add", Form(page, new()
        {
            ["Input.UserName"] = "sneaky@contoso.test", ["Input.Password"] = "Sneaky-Password-1", ["Input.Role"] = "Support",
        }));

        Assert.Contains("Choose Admin or Reader.", await response.ReadHtmlAsync());
        using var attempt = await SignIn.SignInAsync(portal.CreateClient(), "sneaky@contoso.test", "Sneaky-Password-1");
        Assert.True(attempt.IsSignInPage());
    }

    // Tests of this class share one portal: the first to run creates the reader.
    private Task<string?> EnsureReaderAsync() => portal.TryCreateUserAsync(ReaderName, ReaderPassword, "Reader");

    private static FormUrlEncodedContent Form(string page, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = SignIn.AntiforgeryToken(page);
        return new FormUrlEncodedContent(fields);
    }
}
