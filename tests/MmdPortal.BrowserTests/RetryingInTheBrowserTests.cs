using MmdPortal.Data.Devices;
using MmdPortal.IntegrationTests;
using MmdPortal.Web.Devices.Hashes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MmdPortal.BrowserTests;

/// <summary>"Device not found" fixed the way the portal tells the admin to: add the model on the Catalog page,
/// retry the device from its page, and watch the timeline record every step.</summary>
public abstract class RetryingInTheBrowserTests(Chromium chromium, BrowserPortal portal, PortalTexts texts) : BrowserTestClass<BrowserPortal>
{
    public sealed class InEnglish(Chromium chromium, BrowserPortal portal) : RetryingInTheBrowserTests(chromium, portal, PortalTexts.English);
    public sealed class InDutch(Chromium chromium, BrowserPortal portal) : RetryingInTheBrowserTests(chromium, portal, PortalTexts.Dutch);

    [Fact]
    public async Task ModelAddedToTheCatalog_ThenRetry_DeviceBecomesReady_AndTheTimelineShowsWhy()
    {
        var facts = HardwareHashBuilder.SampleFacts(2401) with { Model = "Surface Laptop Go 9" };
        using var api = portal.CreateApiClient();
        await portal.WaitUntilCompletedAsync(api, await portal.RegisterAsync(api,
            ("go9.csv", $"{TestCsv.AutopilotHeader}\r\n{facts.SerialNumber},,{HardwareHashBuilder.Build(facts)}\r\n")));
        await using var context = await chromium.NewContextAsync(portal, texts);
        var devices = new DevicesPage(await context.NewPageAsync(), texts);
        var page = devices.Page;
        await devices.GotoAsync();

        await Expect(devices.Row(facts.SerialNumber!)).ToContainTextAsync(texts.Error(RegistrationError.DeviceNotFound));
        await devices.Row(facts.SerialNumber!).GetByRole(AriaRole.Link, new() { Name = facts.SerialNumber! }).ClickAsync();
        await Expect(page.GetByText(texts.WhatToDo(RegistrationError.DeviceNotFound)).First).ToBeVisibleAsync();
        var deviceUrl = page.Url;

        await page.GotoAsync("/Catalog");
        await page.GetByRole(AriaRole.Textbox, new() { Name = texts.Manufacturer, Exact = true }).FillAsync("Microsoft Corporation");
        await page.GetByRole(AriaRole.Textbox, new() { Name = texts.Model, Exact = true }).FillAsync("Surface Laptop Go 9");
        await page.GetByRole(AriaRole.Button, new() { Name = texts.AddModel }).ClickAsync();
        await Expect(page.Locator("body")).ToContainTextAsync("Surface Laptop Go 9");

        await page.GotoAsync(deviceUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = texts.RetryRegistration }).ClickAsync();
        await Expect(page.Locator(".banner")).ToContainTextAsync(texts.RegisteringAgain);

        // The page does not refresh itself: reload until the worker has decided, as an admin would.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var ready = texts.Status(DeviceStatus.ReadyForUser);
        while (await page.Locator(".badge").First.InnerTextAsync() != ready)
        {
            Assert.True(DateTime.UtcNow < deadline, "The retried device did not become Ready for user within 30 s.");
            await Task.Delay(200);
            await page.ReloadAsync();
        }

        var timeline = page.Locator("#timeline tbody tr");
        await Expect(timeline).ToHaveCountAsync(4);
        await Expect(timeline.Nth(1)).ToContainTextAsync(texts.Status(DeviceStatus.RegistrationFailed));
        await Expect(timeline.Nth(1)).ToContainTextAsync(texts.Error(RegistrationError.DeviceNotFound));
        await Expect(timeline.Nth(2)).ToContainTextAsync(texts.Cause(TransitionCause.Retried));
        await Expect(timeline.Nth(2)).ToContainTextAsync(PortalApplicationFactory.AdminUser);
        await Expect(timeline.Nth(3)).ToContainTextAsync(texts.Cause(TransitionCause.RegistrationChecks));
        await Expect(timeline.Nth(3)).ToContainTextAsync(ready);
    }
}
