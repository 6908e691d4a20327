using System.Net;

namespace MmdPortal.IntegrationTests.Accounts;

public sealed class LockoutPortalFactory : PortalApplicationFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Accounts:MaxFailedSignIns"] = "3",
        ["Accounts:SignInsPerMinute"] = "1000",
    };
}

public sealed class SigningInTests(LockoutPortalFactory portal) : IClassFixture<LockoutPortalFactory>
{
    [Fact]
    public async Task Anonymous_IsSentToSignInAndBackAfterwards()
    {
        var browser = portal.CreateClient();

        using var response = await browser.GetAsync("/Requests");

        Assert.True(response.IsSignInPage(), "An anonymous visitor was not sent to the sign-in page.");
        Assert.Contains("ReturnUrl=%2FRequests", response.RequestMessage!.RequestUri!.Query);
    }

    [Fact]
    public async Task WrongPassword_SaysSoWithoutTellingWhichPartWasWrong()
    {
        using var wrongPassword = await SignIn.SignInAsync(portal.CreateClient(), PortalApplicationFactory.AdminUser, "not the password");
        using var unknownUser = await SignIn.SignInAsync(portal.CreateClient(), "nobody@contoso.test", "not the password");

        Assert.Contains("The user name or password is not correct.", await wrongPassword.ReadHtmlAsync());
        Assert.Contains("The user name or password is not correct.", await unknownUser.ReadHtmlAsync());
    }

    [Fact]
    public async Task RepeatedFailures_LockTheAccountEvenForTheRightPassword()
    {
        await portal.CreateUserAsync("locked@contoso.test", "Right-Password-123", "Reader");
        for (var i = 0; i < 3; i++)
            (await SignIn.SignInAsync(portal.CreateClient(), "locked@contoso.test", "wrong")).Dispose();

        using var response = await SignIn.SignInAsync(portal.CreateClient(), "locked@contoso.test", "Right-Password-123");

        var html = await response.ReadHtmlAsync();
        Assert.Contains("the account is locked until", html);
        Assert.True(response.IsSignInPage());
    }

    [Fact]
    public async Task UserNames_AreCaseInsensitive()
    {
        var browser = await portal.SignedInClientAsync(PortalApplicationFactory.AdminUser.ToUpperInvariant());

        Assert.Contains("<h1>Devices</h1>", await (await browser.GetAsync("/Devices")).ReadHtmlAsync());
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var browser = await portal.SignedInClientAsync();
        var page = await (await browser.GetAsync("/Devices")).ReadHtmlAsync();
        // The header's own sign-out form carries its token (a reader's page may have no other form).
        var form = page[page.IndexOf("action=\"/Account/SignOut\"", StringComparison.Ordinal)..];
        var token = SignIn.AntiforgeryToken(form[..(form.IndexOf("</form>", StringComparison.Ordinal) + 7)]);

        using var signOut = await browser.PostAsync("/Account/SignOut",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        using var after = await browser.GetAsync("/Devices");

        Assert.True(after.IsSignInPage());
    }
}

public sealed class RateLimitPortalFactory : PortalApplicationFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Accounts:SignInsPerMinute"] = "3" };
}

public sealed class SignInRateLimitTests(RateLimitPortalFactory portal) : IClassFixture<RateLimitPortalFactory>
{
    [Fact]
    public async Task TooManyPasswordPosts_Are429WithRetryAfter()
    {
        var client = portal.CreateClient();
        for (var i = 0; i < 3; i++) (await SignIn.SignInAsync(client, "someone@contoso.test", "guess")).Dispose();

        using var response = await SignIn.SignInAsync(client, "someone@contoso.test", "guess");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter is not null, "No Retry-After header.");
    }
}
