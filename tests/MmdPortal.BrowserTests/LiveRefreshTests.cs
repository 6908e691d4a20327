using Microsoft.Extensions.DependencyInjection;
using MmdPortal.IntegrationTests;
using MmdPortal.Web.Devices;
using static Microsoft.Playwright.Assertions;

namespace MmdPortal.BrowserTests;

/// <summary>devices.js refreshes the blade in place: with the worker off, Registration Pending stays on screen
/// until the test runs a pass by hand, and then turns final without a reload.</summary>
[Collection(SharedChromium.Name)]
public sealed class LiveRefreshTests(Chromium chromium, ManualWorkerBrowserPortal portal) : IClassFixture<ManualWorkerBrowserPortal>
{
    [Fact]
    public async Task PendingRows_TurnFinalWithoutReloadAfterAWorkerPass()
    {
        await using var context = await chromium.NewContextAsync(portal);
        var devices = new DevicesPage(await context.NewPageAsync());
        var scriptErrors = new List<string>();
        devices.Page.PageError += (_, error) => scriptErrors.Add(error);
        await devices.GotoAsync();
        await devices.RegisterAsync("pending.csv", TestCsv.AutopilotWith([3101], ("LIVE-BAD", "T0E=")));
        await Expect(devices.Status(TestCsv.Serial(3101))).ToHaveTextAsync("Registration Pending");
        await Expect(devices.Banner).ToContainTextAsync("Registration is in progress.");
        var url = devices.Page.Url;
        await devices.Page.EvaluateAsync("() => { window.__marker = 1; }");

        await using (var scope = portal.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DeviceStateAdvancer>().AdvanceAsync(CancellationToken.None);

        await Expect(devices.Status(TestCsv.Serial(3101))).ToHaveTextAsync("Ready for user");
        await Expect(devices.Status("LIVE-BAD")).ToHaveTextAsync("Registration failed");
        await Expect(devices.Row("LIVE-BAD")).ToContainTextAsync("Hardware hash not valid");
        await Expect(devices.Banner).ToContainTextAsync("Registration is complete.");
        Assert.Equal(url, devices.Page.Url);
        Assert.True(await devices.Page.EvaluateAsync<bool>("() => window.__marker === 1"), "The page was reloaded.");
        Assert.Empty(scriptErrors);
    }
}
