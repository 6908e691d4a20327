using MmdPortal.Data.Devices;
using Microsoft.Playwright;
using MmdPortal.IntegrationTests;
using static Microsoft.Playwright.Assertions;

namespace MmdPortal.BrowserTests;

/// <summary>Checks that the pages the docs show are styled, and, with MMDPORTAL_UPDATE_SCREENSHOTS=1, refreshes
/// docs/screenshots from them. Otherwise the screenshots go to a temporary folder, so that a test run does not
/// leave the working tree changed (every run has new Request IDs and times).</summary>
public abstract class ScreenshotsForTheDocsTests(Chromium chromium, BrowserPortal portal, PortalTexts texts) : BrowserTestClass<BrowserPortal>
{
    public sealed class InEnglish(Chromium chromium, BrowserPortal portal) : ScreenshotsForTheDocsTests(chromium, portal, PortalTexts.English);
    public sealed class InDutch(Chromium chromium, BrowserPortal portal) : ScreenshotsForTheDocsTests(chromium, portal, PortalTexts.Dutch);

    [Fact]
    public async Task BladeAndPanel_AreStyledAndSavedToTheDocs()
    {
        await using var context = await chromium.NewContextAsync(portal, texts, width: 1280, height: 800);
        var devices = new DevicesPage(await context.NewPageAsync(), texts);
        await devices.GotoAsync();
        var csv = TestCsv.AutopilotWith([4101, 4102, 4103, 4104, 4105], ("SCREENSHOT-BAD", "T0E="));

        await devices.RegisterAsync("autopilot-devices.csv", csv);

        await Expect(devices.Banner).ToContainTextAsync(texts.RegistrationIsComplete);
        await Expect(devices.Status(TestCsv.Serial(4105))).ToHaveTextAsync(texts.Status(DeviceStatus.ReadyForUser));
        // The stylesheet loaded: the top bar has the portal's colour, not the browser's default.
        await Expect(devices.Page.Locator(".topbar")).ToHaveCSSAsync("background-color", "rgb(12, 59, 94)");
        await devices.Page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("devices-blade", texts) });

        await devices.OpenRegisterPanel.ClickAsync();
        await Expect(devices.RegisterPanel).ToBeVisibleAsync();
        await Expect(devices.RegisterPanel).ToHaveCSSAsync("background-color", "rgb(255, 255, 255)");
        await devices.Page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("register-devices", texts) });
    }

    /// <summary>The docs' English screenshots keep their names; the Dutch ones are name.nl-NL.png beside them.</summary>
    private static string ScreenshotPath(string name, PortalTexts texts)
    {
        var fileName = texts == PortalTexts.English ? $"{name}.png" : $"{name}.{texts.Culture}.png";
        if (Environment.GetEnvironmentVariable("MMDPORTAL_UPDATE_SCREENSHOTS") != "1")
            return Path.Combine(Path.GetTempPath(), "mmdportal-screenshots", fileName);
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "MmdPortal.sln"))) folder = folder.Parent;
        Assert.True(folder is not null, $"No MmdPortal.sln above {AppContext.BaseDirectory}.");
        return Path.Combine(folder.FullName, "docs", "screenshots", fileName);
    }
}
