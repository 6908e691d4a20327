using MmdPortal.Data.Devices;
using System.Text.RegularExpressions;
using MmdPortal.IntegrationTests;
using static Microsoft.Playwright.Assertions;

namespace MmdPortal.BrowserTests;

/// <summary>Devices → + Register devices → File upload → Register devices in Chromium, with the real worker:
/// the portal's poll interval is ten minutes, so a device that reaches its final status was woken by the upload.</summary>
public abstract class RegisteringInTheBrowserTests(Chromium chromium, BrowserPortal portal, PortalTexts texts) : BrowserTestClass<BrowserPortal>
{
    public sealed class InEnglish(Chromium chromium, BrowserPortal portal) : RegisteringInTheBrowserTests(chromium, portal, PortalTexts.English);
    public sealed class InDutch(Chromium chromium, BrowserPortal portal) : RegisteringInTheBrowserTests(chromium, portal, PortalTexts.Dutch);

    [Fact]
    public async Task UploadInTheFlyIn_DevicesGoFromPendingToFinalWithoutReload()
    {
        await using var context = await chromium.NewContextAsync(portal, texts);
        var devices = new DevicesPage(await context.NewPageAsync(), texts);
        var scriptErrors = new List<string>();
        devices.Page.PageError += (_, error) => scriptErrors.Add(error);
        await devices.GotoAsync();

        await devices.RegisterAsync("browser.csv", TestCsv.AutopilotWith([2101, 2102], ("BROWSER-BAD", "T0E=")));

        await Expect(devices.RequestId).ToHaveTextAsync(new Regex("^[0-9a-f-]{36}$"));
        var url = devices.Page.Url;
        await devices.Page.EvaluateAsync("() => { window.__marker = 1; }");
        // The worker may already be done when the page renders: either status is what a user can see here.
        await Expect(devices.Status(TestCsv.Serial(2101))).ToHaveTextAsync(new Regex($"^({Regex.Escape(texts.Status(DeviceStatus.RegistrationPending))}|{Regex.Escape(texts.Status(DeviceStatus.ReadyForUser))})$"));

        await Expect(devices.Status(TestCsv.Serial(2101))).ToHaveTextAsync(texts.Status(DeviceStatus.ReadyForUser));
        await Expect(devices.Status(TestCsv.Serial(2102))).ToHaveTextAsync(texts.Status(DeviceStatus.ReadyForUser));
        await Expect(devices.Status("BROWSER-BAD")).ToHaveTextAsync(texts.Status(DeviceStatus.RegistrationFailed));
        await Expect(devices.Row("BROWSER-BAD")).ToContainTextAsync(texts.Error(RegistrationError.HardwareHashNotValid));
        await Expect(devices.Banner).ToContainTextAsync(texts.RegistrationIsComplete);
        Assert.Equal(url, devices.Page.Url);
        Assert.True(await devices.Page.EvaluateAsync<bool>("() => window.__marker === 1"), "The page was reloaded.");
        Assert.Empty(scriptErrors);
    }

    [Fact]
    public async Task BadFile_ShowsTheReasonInThePanel()
    {
        await using var context = await chromium.NewContextAsync(portal, texts);
        var devices = new DevicesPage(await context.NewPageAsync(), texts);
        await devices.GotoAsync();

        await devices.RegisterAsync("partner-form.csv", "Manufacturer,Model,Serial Number\r\nContoso,Laptop 7,PARTNER-2201\r\n");

        await Expect(devices.RegisterPanel).ToBeVisibleAsync();
        await Expect(devices.PanelErrors).ToContainTextAsync(texts.NothingWasRegistered);
        await Expect(devices.PanelErrors).ToContainTextAsync("partner-form.csv");
        await Expect(devices.Row("PARTNER-2201")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task NarrowScreen_BladeAndPanelAreUsable()
    {
        using var api = portal.CreateApiClient();
        await portal.WaitUntilCompletedAsync(api, await portal.RegisterAsync(api, ("narrow.csv", TestCsv.Autopilot(2301, 2302))));
        await using var context = await chromium.NewContextAsync(portal, texts, width: 390, height: 844);
        var devices = new DevicesPage(await context.NewPageAsync(), texts);
        await devices.GotoAsync();

        await Expect(devices.Status(TestCsv.Serial(2301))).ToBeVisibleAsync();
        Assert.True(await devices.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 390,
            "The page scrolls sideways: the wide table should scroll inside its frame instead.");
        await Expect(devices.OpenRegisterPanel).ToBeVisibleAsync();
        await devices.OpenRegisterPanel.ClickAsync();

        await Expect(devices.RegisterPanel).ToBeVisibleAsync();
        var panel = await devices.RegisterPanel.BoundingBoxAsync();
        Assert.NotNull(panel);
        Assert.True(panel.X >= 0 && panel.Width <= 390, $"The panel is {panel.Width}px wide at x={panel.X}.");
        await Expect(devices.FileInput).ToBeVisibleAsync();
        await Expect(devices.RegisterButton).ToBeInViewportAsync();
    }
}
