using MmdPortal.Data.Devices;
using System.Net.Http.Json;
using MmdPortal.IntegrationTests;
using MmdPortal.Web.Devices.Hashes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MmdPortal.BrowserTests;

/// <summary>Select failed devices on the blade, retry them in one go, and watch the blade follow them to Ready.</summary>
public abstract class BulkRetryInTheBrowserTests(Chromium chromium, BrowserPortal portal, PortalTexts texts) : BrowserTestClass<BrowserPortal>
{
    public sealed class InEnglish(Chromium chromium, BrowserPortal portal) : BulkRetryInTheBrowserTests(chromium, portal, PortalTexts.English);
    public sealed class InDutch(Chromium chromium, BrowserPortal portal) : BulkRetryInTheBrowserTests(chromium, portal, PortalTexts.Dutch);

    [Fact]
    public async Task TwoFailedDevicesSelected_RetryInOneGo_BothBecomeReady()
    {
        using var api = portal.CreateApiClient();
        var serials = new List<string>();
        var csv = new System.Text.StringBuilder(TestCsv.AutopilotHeader).Append("\r\n");
        foreach (var seed in new[] { 2501, 2502 })
        {
            var facts = HardwareHashBuilder.SampleFacts(seed) with { Manufacturer = "Microsoft Corporation", Model = "Surface Hub 9" };
            serials.Add(facts.SerialNumber!);
            csv.Append(facts.SerialNumber).Append(",,").Append(HardwareHashBuilder.Build(facts)).Append("\r\n");
        }

        await portal.WaitUntilCompletedAsync(api, await portal.RegisterAsync(api, ("hub.csv", csv.ToString())));
        using var added = await api.PostAsJsonAsync("/api/v1/catalog", new { manufacturer = "Microsoft Corporation", model = "Surface Hub 9" });
        added.EnsureSuccessStatusCode();
        await using var context = await chromium.NewContextAsync(portal, texts);
        var devices = new DevicesPage(await context.NewPageAsync(), texts);
        await devices.GotoAsync();

        foreach (var serial in serials)
        {
            await Expect(devices.Status(serial)).ToHaveTextAsync(texts.Status(DeviceStatus.RegistrationFailed));
            await devices.Checkbox(serial).CheckAsync();
        }

        await devices.Page.Locator("#bulk").GetByRole(AriaRole.Button, new() { Name = texts.Retry, Exact = true }).ClickAsync();

        await Expect(devices.Page.Locator(".banner").First).ToContainTextAsync(texts.TwoDevicesRetried);
        // The blade refreshes itself while the retry is pending: no reload needed.
        foreach (var serial in serials) await Expect(devices.Status(serial)).ToHaveTextAsync(texts.Status(DeviceStatus.ReadyForUser));
    }
}
