using MmdPortal.Data.Devices;
using MmdPortal.IntegrationTests;
using static Microsoft.Playwright.Assertions;

namespace MmdPortal.BrowserTests;

/// <summary>An admin narrows the blade down: a status chip, a search, a sort by a column header.</summary>
public abstract class FilteringAndSortingTests(Chromium chromium, BrowserPortal portal, PortalTexts texts) : BrowserTestClass<BrowserPortal>
{
    public sealed class InEnglish(Chromium chromium, BrowserPortal portal) : FilteringAndSortingTests(chromium, portal, PortalTexts.English);
    public sealed class InDutch(Chromium chromium, BrowserPortal portal) : FilteringAndSortingTests(chromium, portal, PortalTexts.Dutch);

    [Fact]
    public async Task ChipSearchAndHeader_FilterAndSortTheBlade()
    {
        await using var context = await chromium.NewContextAsync(portal, texts);
        var devices = new DevicesPage(await context.NewPageAsync(), texts);
        var scriptErrors = new List<string>();
        devices.Page.PageError += (_, error) => scriptErrors.Add(error);
        await devices.GotoAsync();
        await devices.RegisterAsync("mixed.csv", TestCsv.AutopilotWith([3201, 3202, 3203], ("CHIP-BAD", "T0E=")));
        await Expect(devices.Banner).ToContainTextAsync(texts.RegistrationIsComplete);
        var failed = texts.Status(DeviceStatus.RegistrationFailed);
        await Expect(devices.Chip(failed)).ToContainTextAsync("1");

        await devices.Chip(failed).ClickAsync();

        await Expect(devices.Chip(failed)).ToHaveAttributeAsync("aria-current", "true");
        await Expect(devices.Rows).ToHaveCountAsync(1);
        await Expect(devices.Status("CHIP-BAD")).ToHaveTextAsync(failed);

        await devices.Chip(texts.All).ClickAsync();
        await devices.SearchBox.FillAsync(TestCsv.Serial(3202).ToLowerInvariant());
        await devices.SearchBox.PressAsync("Enter");

        await Expect(devices.Rows).ToHaveCountAsync(1);
        await Expect(devices.Row(TestCsv.Serial(3202))).ToBeVisibleAsync();

        await devices.GotoAsync();
        await devices.Header(texts.SerialNumber).GetByRole(Microsoft.Playwright.AriaRole.Link).ClickAsync();

        await Expect(devices.Header(texts.SerialNumber)).ToHaveAttributeAsync("aria-sort", "ascending");
        var serials = await devices.Rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.serial)");
        Assert.Equal(serials.Order(StringComparer.Ordinal), serials);
        Assert.Equal(4, serials.Length);

        await devices.Header(texts.SerialNumber).GetByRole(Microsoft.Playwright.AriaRole.Link).ClickAsync();

        await Expect(devices.Header(texts.SerialNumber)).ToHaveAttributeAsync("aria-sort", "descending");
        Assert.Equal(serials.Reverse(), await devices.Rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.serial)"));
        Assert.Empty(scriptErrors);
    }
}
