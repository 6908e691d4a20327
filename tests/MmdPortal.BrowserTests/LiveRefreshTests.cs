using MmdPortal.Data.Devices;
using Microsoft.Extensions.DependencyInjection;
using MmdPortal.IntegrationTests;
using MmdPortal.Web.Devices;
using static Microsoft.Playwright.Assertions;

namespace MmdPortal.BrowserTests;

/// <summary>devices.js refreshes the blade in place: with the worker off, Registration Pending stays on screen
/// until the test runs a pass by hand, and then turns final without a reload.</summary>
public abstract class LiveRefreshTests(Chromium chromium, ManualWorkerBrowserPortal portal, PortalTexts texts) : BrowserTestClass<ManualWorkerBrowserPortal>
{
    public sealed class InEnglish(Chromium chromium, ManualWorkerBrowserPortal portal) : LiveRefreshTests(chromium, portal, PortalTexts.English);
    public sealed class InDutch(Chromium chromium, ManualWorkerBrowserPortal portal) : LiveRefreshTests(chromium, portal, PortalTexts.Dutch);

    [Fact]
    public async Task PendingRows_TurnFinalWithoutReloadAfterAWorkerPass()
    {
        await using var context = await chromium.NewContextAsync(portal, texts);
        var devices = new DevicesPage(await context.NewPageAsync(), texts);
        var scriptErrors = new List<string>();
        devices.Page.PageError += (_, error) => scriptErrors.Add(error);
        await devices.GotoAsync();
        await devices.RegisterAsync("pending.csv", TestCsv.AutopilotWith([3101], ("LIVE-BAD", "T0E=")));
        await Expect(devices.Status(TestCsv.Serial(3101))).ToHaveTextAsync(texts.Status(DeviceStatus.RegistrationPending));
        await Expect(devices.Banner).ToContainTextAsync(texts.RegistrationIsInProgress);
        var url = devices.Page.Url;
        await devices.Page.EvaluateAsync("() => { window.__marker = 1; }");

        await using (var scope = portal.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DeviceStateAdvancer>().AdvanceAsync(CancellationToken.None);

        await Expect(devices.Status(TestCsv.Serial(3101))).ToHaveTextAsync(texts.Status(DeviceStatus.ReadyForUser));
        await Expect(devices.Status("LIVE-BAD")).ToHaveTextAsync(texts.Status(DeviceStatus.RegistrationFailed));
        await Expect(devices.Row("LIVE-BAD")).ToContainTextAsync(texts.Error(RegistrationError.HardwareHashNotValid));
        await Expect(devices.Banner).ToContainTextAsync(texts.RegistrationIsComplete);
        Assert.Equal(url, devices.Page.Url);
        Assert.True(await devices.Page.EvaluateAsync<bool>("() => window.__marker === 1"), "The page was reloaded.");
        Assert.Empty(scriptErrors);
    }
}
