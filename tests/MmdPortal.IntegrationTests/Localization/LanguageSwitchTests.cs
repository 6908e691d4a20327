using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Net.Http.Headers;

namespace MmdPortal.IntegrationTests.Localization;

/// <summary>The layout's English/Nederlands buttons: the choice is a culture cookie for a year that beats the
/// browser's Accept-Language, and the user goes back to the page they were on, never to another site.</summary>
public sealed class LanguageSwitchTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task ChoosingDutch_SetsTheCookieForAYear_AndGoesBackToThePage()
    {
        var browser = Browser();

        using var response = await SwitchAsync(browser, "nl-NL", "/Account/SignIn?ReturnUrl=%2FRequests");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/SignIn?ReturnUrl=%2FRequests", response.Headers.Location!.OriginalString);
        var cookie = SetCookieHeaderValue.Parse(response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal)));
        Assert.Equal("c=nl-NL|uic=nl-NL", Uri.UnescapeDataString(cookie.Value.ToString()));
        Assert.Equal(Microsoft.Net.Http.Headers.SameSiteMode.Lax, cookie.SameSite);
        Assert.InRange(cookie.Expires!.Value, DateTimeOffset.UtcNow.AddDays(364), DateTimeOffset.UtcNow.AddDays(366));
        var page = await (await browser.GetAsync("/Account/SignIn")).ReadHtmlAsync();
        Assert.Contains("<html lang=\"nl-NL\">", page);
        Assert.Contains("<h1>Aanmelden</h1>", page);
        Assert.Contains("aria-pressed=\"true\">Nederlands</button>", page);
    }

    [Fact]
    public async Task CookieForEnglish_BeatsAcceptLanguageDutch()
    {
        var browser = Browser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-NL");
        Assert.Contains("<h1>Aanmelden</h1>", await (await browser.GetAsync("/Account/SignIn")).ReadHtmlAsync());

        (await SwitchAsync(browser, "en", "/Account/SignIn")).Dispose();

        var page = await (await browser.GetAsync("/Account/SignIn")).ReadHtmlAsync();
        Assert.Contains("<html lang=\"en\">", page);
        Assert.Contains("<h1>Sign in</h1>", page);
    }

    [Fact]
    public async Task SignedInUser_SwitchesOnTheBlade_AndStaysThere()
    {
        var browser = await portal.SignedInClientAsync();
        var blade = await (await browser.GetAsync("/Devices?status=ReadyForUser")).ReadHtmlAsync();

        using var response = await browser.PostAsync("/Culture", Form(SignIn.AntiforgeryToken(blade), "nl-NL", "/Devices?status=ReadyForUser"));

        Assert.Equal("/Devices", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("<h1>Apparaten</h1>", await response.ReadHtmlAsync());
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("")]
    public async Task ReturnUrlElsewhere_GoesToThePortalsHome(string returnUrl)
    {
        using var response = await SwitchAsync(Browser(), "nl-NL", returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task UnknownLanguage_IsRefused_AndSetsNoCookie()
    {
        using var response = await SwitchAsync(Browser(), "fr-FR", "/");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task PostWithoutAntiforgeryToken_IsRefused()
    {
        using var response = await Browser().PostAsync("/Culture", Form("", "nl-NL", "/"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal)));
    }

    private HttpClient Browser() =>
        portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Presses a language button in the sign-in page's layout, as a browser does.</summary>
    private static async Task<HttpResponseMessage> SwitchAsync(HttpClient browser, string culture, string returnUrl)
    {
        var page = await (await browser.GetAsync("/Account/SignIn")).ReadHtmlAsync();
        return await browser.PostAsync("/Culture", Form(SignIn.AntiforgeryToken(page), culture, returnUrl));
    }

    private static FormUrlEncodedContent Form(string token, string culture, string returnUrl) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = token, ["culture"] = culture, ["returnUrl"] = returnUrl,
    });
}
