using System.Text;
using Microsoft.Playwright;

namespace MmdPortal.BrowserTests;

/// <summary>What an admin sees and does on the Devices blade, by role and visible text in the page's language.</summary>
public sealed class DevicesPage(IPage page, PortalTexts texts)
{
    public IPage Page => page;
    public ILocator OpenRegisterPanel => page.GetByRole(AriaRole.Link, new() { Name = $"+ {texts.RegisterDevices}", Exact = true });
    public ILocator RegisterPanel => page.Locator("#register .flyin__panel");
    public ILocator RegisterButton => RegisterPanel.GetByRole(AriaRole.Button, new() { Name = texts.RegisterDevices, Exact = true });
    public ILocator FileInput => RegisterPanel.Locator("input[type=file]");
    public ILocator PanelErrors => RegisterPanel.GetByRole(AriaRole.Alert);
    public ILocator Banner => page.Locator(".banner");
    public ILocator RequestId => page.Locator("#request-id");

    public ILocator Rows => page.Locator("tr[data-serial]");
    public ILocator SearchBox => page.GetByRole(AriaRole.Searchbox, new() { Name = texts.Search });

    /// <summary>A status filter chip, such as "Registration failed" (or "All"); its name ends with its count.</summary>
    public ILocator Chip(string label) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = texts.FilterByStatus }).Locator("a.chip", new() { HasText = label });

    /// <summary>A column header of the devices table (its sort link is inside).</summary>
    public ILocator Header(string title) => page.GetByRole(AriaRole.Columnheader, new() { Name = title });

    public ILocator Row(string serial) => page.Locator($"tr[data-serial=\"{serial}\"]");

    public ILocator Status(string serial) => Row(serial).Locator(".badge");

    public ILocator Checkbox(string serial) => page.GetByRole(AriaRole.Checkbox, new() { Name = texts.Select(serial) });

    /// <summary>Opens the blade, signing in on the way as the bootstrap admin when the portal asks.</summary>
    public async Task GotoAsync()
    {
        await page.GotoAsync("/Devices");
        if (!page.Url.Contains("/Account/SignIn", StringComparison.Ordinal)) return;
        await SignInAsync(page, texts, IntegrationTests.PortalApplicationFactory.AdminUser, IntegrationTests.PortalApplicationFactory.AdminPassword);
        await page.WaitForURLAsync("**/Devices");
    }

    /// <summary>Fills in and submits the sign-in page the browser is on.</summary>
    public static async Task SignInAsync(IPage page, PortalTexts texts, string userName, string password)
    {
        await page.GetByLabel(texts.UserName, new() { Exact = true }).FillAsync(userName);
        await page.GetByLabel(texts.Password, new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = texts.SignIn, Exact = true }).ClickAsync();
    }

    /// <summary>+ Register devices → File upload → choose the file → Register devices.</summary>
    public async Task RegisterAsync(string fileName, string csv)
    {
        await OpenRegisterPanel.ClickAsync();
        await Assertions.Expect(RegisterPanel).ToBeVisibleAsync();
        await FileInput.SetInputFilesAsync(new FilePayload
        {
            Name = fileName, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv),
        });
        await RegisterButton.ClickAsync();
    }
}
