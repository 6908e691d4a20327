using MmdPortal.Data.Devices;
using MmdPortal.IntegrationTests;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MmdPortal.BrowserTests;

/// <summary>The support desk as its staff use it, and the Request ID as everyone else copies it.</summary>
public abstract class SupportInTheBrowserTests(Chromium chromium, BrowserPortal portal, PortalTexts texts) : BrowserTestClass<BrowserPortal>
{
    public sealed class InEnglish(Chromium chromium, BrowserPortal portal) : SupportInTheBrowserTests(chromium, portal, PortalTexts.English);
    public sealed class InDutch(Chromium chromium, BrowserPortal portal) : SupportInTheBrowserTests(chromium, portal, PortalTexts.Dutch);

    private const string SupportUser = "desk@provider.test";
    private const string SupportPassword = "Support-Password-1";

    [Fact]
    public async Task SupportLookup_RequestIdPastedWithSpaces_ShowsTheRequest()
    {
        using var api = portal.CreateApiClient();
        var requestId = await portal.RegisterAsync(api, ("desk.csv", TestCsv.AutopilotWith([2601], ("BAD-2602", "T0E="))));
        await portal.WaitUntilCompletedAsync(api, requestId);
        await portal.TryCreateUserAsync(SupportUser, SupportPassword, "Support");
        await using var context = await chromium.NewContextAsync(portal, texts);
        var page = await context.NewPageAsync();
        await SignInAsync(page, SupportUser, SupportPassword);
        await page.WaitForURLAsync("**/Support");

        var pasted = $"  {string.Join(' ', requestId.ToString().ToUpperInvariant().Chunk(8).Select(c => new string(c)))} ";
        await page.GetByRole(AriaRole.Searchbox, new() { Name = texts.RequestId }).FillAsync(pasted);
        await page.GetByRole(AriaRole.Button, new() { Name = texts.LookUp }).ClickAsync();

        await Expect(page.Locator($"dl[data-request=\"{requestId}\"]")).ToBeVisibleAsync();
        await Expect(page.Locator("dd[data-organization]").First).ToHaveTextAsync("Contoso");
        await Expect(page.Locator("dd[data-files]")).ToHaveTextAsync("desk.csv");
        await Expect(page.Locator("#support-rows tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("#support-rows tbody tr").Nth(1)).ToContainTextAsync(texts.Error(RegistrationError.HardwareHashNotValid));
        await Expect(page.GetByText(texts.NoSuchRequest)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task CopyOnAnErrorPage_CopiesTheRequestIdWithoutAScriptError()
    {
        await using var context = await chromium.NewContextAsync(portal, texts);
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = portal.BaseUrl });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await SignInAsync(page, PortalApplicationFactory.AdminUser, PortalApplicationFactory.AdminPassword);
        await page.WaitForURLAsync("**/Devices");

        await page.GotoAsync("/no-such-page");
        var requestId = page.Locator(".request-id code");
        var copy = page.GetByRole(AriaRole.Button, new() { Name = texts.Copy, Exact = true });
        await Expect(copy).ToBeVisibleAsync();
        var shown = await requestId.InnerTextAsync();
        await copy.ClickAsync();

        // Headless Chromium may still refuse the clipboard: then the script selects the ID for Ctrl+C instead.
        await Expect(page.Locator(".copy-button")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(
            $"^({System.Text.RegularExpressions.Regex.Escape(texts.Copied)}|{System.Text.RegularExpressions.Regex.Escape(texts.PressCtrlC)})$"));
        if (await page.Locator(".copy-button").InnerTextAsync() == texts.Copied)
            Assert.Equal(shown, await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        else
            Assert.Equal(shown, await page.EvaluateAsync<string>("window.getSelection().toString()"));
        Assert.NotEmpty(shown);
        Assert.Empty(errors);
    }

    private async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/Account/SignIn");
        await DevicesPage.SignInAsync(page, texts, userName, password);
    }
}
