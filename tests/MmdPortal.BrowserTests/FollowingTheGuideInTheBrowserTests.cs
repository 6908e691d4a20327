using System.Net.Http.Json;
using System.Text;
using Microsoft.Playwright;
using MmdPortal.IntegrationTests;
using static Microsoft.Playwright.Assertions;

namespace MmdPortal.BrowserTests;

/// <summary>An admin who has never registered a device follows the guide from the empty Devices blade to a device
/// that is registered, has its image checked and is delivered, with its hand-over sheet printed.</summary>
[Collection(SharedChromium.Name)]
public sealed class FollowingTheGuideInTheBrowserTests(Chromium chromium, BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task FromTheEmptyBlade_ToADeliveredDevice()
    {
        const string user = "guide.user@contoso.com";
        var serial = TestCsv.Serial(2901);
        var csv = $"{TestCsv.AutopilotHeader},Assigned User\r\n{serial},,{TestCsv.Hash(2901)},{user}\r\n";
        using (var api = portal.CreateApiClient())
            (await api.PostAsJsonAsync("/api/v1/licences", new { userPrincipalNames = new[] { user } })).EnsureSuccessStatusCode();
        await using var context = await chromium.NewContextAsync(portal, PortalTexts.English);
        var devices = new DevicesPage(await context.NewPageAsync(), PortalTexts.English);
        var page = devices.Page;
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);
        await devices.GotoAsync();

        await page.Locator("#blade").GetByRole(AriaRole.Link, new() { Name = "New to this? Follow the guide" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Register existing devices", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("#step-1 .copy-button").First).ToHaveTextAsync("Copy");

        var file = new FilePayload { Name = "guide.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) };
        await page.Locator("#guide-files").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Validate only", Exact = true }).ClickAsync();
        await Expect(devices.RegisterPanel).ToBeVisibleAsync();
        await Expect(devices.Row(serial)).ToHaveCountAsync(0);

        await page.GotoAsync("/Devices/Guide");
        await page.Locator("#guide-files").SetInputFilesAsync(file);
        await page.Locator("#guide-upload").GetByRole(AriaRole.Button, new() { Name = "Register devices", Exact = true }).ClickAsync();
        await Expect(devices.Status(serial)).ToHaveTextAsync("Ready for user");
        await Expect(devices.Row(serial)).ToContainTextAsync("Not checked yet");

        await devices.Row(serial).GetByRole(AriaRole.Link, new() { Name = serial }).ClickAsync();
        await page.GetByLabel("4. Who supplied the image?").SelectOptionAsync("SuppliedByPartner");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record image" }).ClickAsync();
        await Expect(page.Locator("#device-image")).ToHaveTextAsync("Supplied by a partner");

        await Expect(page.GetByLabel("5. Received by")).ToHaveValueAsync(user);
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark as delivered" }).ClickAsync();
        await Expect(page.Locator(".banner")).ToHaveTextAsync($"Delivered to {user}.");
        await Expect(page.Locator("#device-delivered")).ToContainTextAsync($"to {user}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Print the hand-over sheet" }).ClickAsync();
        await Expect(page.Locator("#handover-device")).ToContainTextAsync(serial);
        await Expect(page.Locator("#first-start")).ToContainTextAsync($"Sign in with your work account: {user}.");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".screen-only")).ToBeHiddenAsync();

        await page.GotoAsync("/Devices/Guide");
        await Expect(page.Locator("#guide-progress [data-step=delivered]")).ToHaveTextAsync("1");
        await Expect(page.Locator("#guide-progress [data-step=image-checked]")).ToHaveTextAsync("1");
        Assert.Empty(scriptErrors);
    }
}
