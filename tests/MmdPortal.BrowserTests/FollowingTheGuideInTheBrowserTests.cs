using System.Net.Http.Json;
using MmdPortal.Data.Devices;
using System.Text;
using Microsoft.Playwright;
using MmdPortal.IntegrationTests;
using static Microsoft.Playwright.Assertions;

namespace MmdPortal.BrowserTests;

/// <summary>An admin who has never registered a device follows the guide from the empty Devices blade to a device
/// that is registered, has its image checked and is delivered, with its hand-over sheet printed.</summary>
public abstract class FollowingTheGuideInTheBrowserTests(Chromium chromium, BrowserPortal portal, PortalTexts texts, GuideTexts guide) : BrowserTestClass<BrowserPortal>
{
    public sealed class InEnglish(Chromium chromium, BrowserPortal portal) : FollowingTheGuideInTheBrowserTests(chromium, portal, PortalTexts.English, GuideTexts.English);
    public sealed class InDutch(Chromium chromium, BrowserPortal portal) : FollowingTheGuideInTheBrowserTests(chromium, portal, PortalTexts.Dutch, GuideTexts.Dutch);

    [Fact]
    public async Task FromTheEmptyBlade_ToADeliveredDevice()
    {
        const string user = "guide.user@contoso.com";
        var serial = TestCsv.Serial(2901);
        var csv = $"{TestCsv.AutopilotHeader},Assigned User\r\n{serial},,{TestCsv.Hash(2901)},{user}\r\n";
        using (var api = portal.CreateApiClient())
            (await api.PostAsJsonAsync("/api/v1/licences", new { userPrincipalNames = new[] { user } })).EnsureSuccessStatusCode();
        await using var context = await chromium.NewContextAsync(portal, texts);
        var devices = new DevicesPage(await context.NewPageAsync(), texts);
        var page = devices.Page;
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);
        await devices.GotoAsync();

        await page.Locator("#blade").GetByRole(AriaRole.Link, new() { Name = guide.FollowTheGuide }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = guide.RegisterExistingDevices, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("#step-1 .copy-button").First).ToHaveTextAsync(texts.Copy);

        var file = new FilePayload { Name = "guide.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) };
        await page.Locator("#guide-files").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = guide.ValidateOnly, Exact = true }).ClickAsync();
        await Expect(devices.RegisterPanel).ToBeVisibleAsync();
        await Expect(devices.Row(serial)).ToHaveCountAsync(0);

        await page.GotoAsync("/Devices/Guide");
        await page.Locator("#guide-files").SetInputFilesAsync(file);
        await page.Locator("#guide-upload").GetByRole(AriaRole.Button, new() { Name = texts.RegisterDevices, Exact = true }).ClickAsync();
        await Expect(devices.Status(serial)).ToHaveTextAsync(texts.Status(DeviceStatus.ReadyForUser));
        await Expect(devices.Row(serial)).ToContainTextAsync(guide.NotCheckedYet);

        await devices.Row(serial).GetByRole(AriaRole.Link, new() { Name = serial }).ClickAsync();
        await page.GetByLabel(guide.WhoSuppliedTheImage).SelectOptionAsync("SuppliedByPartner");
        await page.GetByRole(AriaRole.Button, new() { Name = guide.RecordImage }).ClickAsync();
        await Expect(page.Locator("#device-image")).ToHaveTextAsync(guide.SuppliedByAPartner);

        await Expect(page.GetByLabel(guide.ReceivedBy)).ToHaveValueAsync(user);
        await page.GetByRole(AriaRole.Button, new() { Name = guide.MarkAsDelivered }).ClickAsync();
        await Expect(page.Locator(".banner")).ToHaveTextAsync(guide.DeliveredTo(user));
        await Expect(page.Locator("#device-delivered")).ToContainTextAsync(guide.To(user));

        await page.GetByRole(AriaRole.Link, new() { Name = guide.PrintTheHandOverSheet }).ClickAsync();
        await Expect(page.Locator("#handover-device")).ToContainTextAsync(serial);
        await Expect(page.Locator("#first-start")).ToContainTextAsync(guide.SignInWithWorkAccount(user));
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".screen-only")).ToBeHiddenAsync();

        await page.GotoAsync("/Devices/Guide");
        await Expect(page.Locator("#guide-progress [data-step=delivered]")).ToHaveTextAsync("1");
        await Expect(page.Locator("#guide-progress [data-step=image-checked]")).ToHaveTextAsync("1");
        Assert.Empty(scriptErrors);
    }
}
