using MmdPortal.IntegrationTests;
using static Microsoft.Playwright.Assertions;

namespace MmdPortal.BrowserTests;

/// <summary>What a screen-reader or keyboard user needs on every page an admin uses: every control has a name,
/// images have text, tables have headers, and the keyboard reaches the main actions in reading order.</summary>
public abstract class AccessibilityTests(Chromium chromium, BrowserPortal portal, PortalTexts texts) : BrowserTestClass<BrowserPortal>
{
    public sealed class InEnglish(Chromium chromium, BrowserPortal portal) : AccessibilityTests(chromium, portal, PortalTexts.English);
    public sealed class InDutch(Chromium chromium, BrowserPortal portal) : AccessibilityTests(chromium, portal, PortalTexts.Dutch);

    // Lists what a page lacks: controls without an accessible name, SVG charts without a role and title,
    // tables without column headers, a page without exactly one h1.
    private const string Problems = """
        () => {
          const problems = [];
          const named = el => (el.labels && el.labels.length > 0) || el.getAttribute('aria-label')
            || el.getAttribute('aria-labelledby') || el.getAttribute('title')
            || (el.tagName === 'BUTTON' && el.textContent.trim()) || (el.type === 'submit' && el.value);
          for (const el of document.querySelectorAll('input:not([type=hidden]), select, textarea, button'))
            if (!named(el)) problems.push(`unnamed ${el.tagName.toLowerCase()} ${el.name || el.id || el.outerHTML.slice(0, 80)}`);
          for (const a of document.querySelectorAll('a'))
            if (!a.textContent.trim() && !a.getAttribute('aria-label')) problems.push(`empty link ${a.getAttribute('href')}`);
          for (const svg of document.querySelectorAll('main svg'))
            if (svg.getAttribute('role') !== 'img' || !(svg.querySelector('title') || svg.getAttribute('aria-label')))
              problems.push('chart without role=img and a title');
          for (const table of document.querySelectorAll('table'))
            if (!table.querySelector('th')) problems.push('table without headers');
          if (document.querySelectorAll('h1').length !== 1) problems.push(`${document.querySelectorAll('h1').length} h1 elements`);
          if (!document.documentElement.lang) problems.push('no lang on html');
          return problems;
        }
        """;

    [Fact]
    public async Task EveryPageAnAdminUses_NamesEveryControl()
    {
        using var api = portal.CreateApiClient();
        var document = await portal.WaitUntilCompletedAsync(api, await portal.RegisterAsync(api,
            ("a11y.csv", TestCsv.AutopilotWith([2601, 2602], ("A11Y-BAD", "T0E=")))));
        var device = document["rows"]![0]!["deviceId"]!.GetValue<Guid>();
        var request = document["requestId"]!.GetValue<Guid>();
        await using var context = await chromium.NewContextAsync(portal, texts);
        var devices = new DevicesPage(await context.NewPageAsync(), texts);
        await devices.GotoAsync();

        var found = new List<string>();
        foreach (var path in new[] { "/Devices", "/Devices#register", $"/Devices/{device}", "/Requests", $"/Requests/{request}",
                     "/Catalog", "/Licences", "/Releases", "/Users", "/Keys", "/Audit", "/Organization" })
        {
            await devices.Page.GotoAsync(path);
            found.AddRange((await devices.Page.EvaluateAsync<string[]>(Problems)).Select(p => $"{path}: {p}"));
        }

        Assert.Empty(found);
    }

    // WCAG 2 contrast of every element that has its own text, against the first opaque background behind it:
    // 4.5:1 for normal text, 3:1 for large (24px, or 18.66px bold).
    private const string LowContrast = """
        () => {
          const rgb = c => (c.match(/[\d.]+/g) || []).map(Number);
          const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
            .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
          const background = el => {
            for (; el; el = el.parentElement) {
              const c = rgb(getComputedStyle(el).backgroundColor);
              if (c.length === 3 || c[3] > 0.5) return c.slice(0, 3);
            }
            return [255, 255, 255];
          };
          const found = [];
          for (const el of document.querySelectorAll('body *')) {
            const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
            const style = getComputedStyle(el);
            if (!own || style.visibility === 'hidden' || style.display === 'none' || el.closest('[hidden], .visually-hidden, svg')) continue;
            const [f, b] = [lum(rgb(style.color).slice(0, 3)), lum(background(el))];
            const ratio = (Math.max(f, b) + 0.05) / (Math.min(f, b) + 0.05);
            const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
            const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
            if (ratio < needed) found.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)}:1`);
          }
          return [...new Set(found)];
        }
        """;

    [Fact]
    public async Task TextContrast_MeetsWcagAA_OnTheBladeTheDevicePageAndTheRequests()
    {
        using var api = portal.CreateApiClient();
        var document = await portal.WaitUntilCompletedAsync(api, await portal.RegisterAsync(api,
            ("contrast.csv", TestCsv.AutopilotWith([2621], ("CONTRAST-BAD", "T0E=")))));
        await using var context = await chromium.NewContextAsync(portal, texts);
        var devices = new DevicesPage(await context.NewPageAsync(), texts);
        await devices.GotoAsync();

        var found = new List<string>();
        foreach (var path in new[] { "/Devices", $"/Devices/{document["rows"]![1]!["deviceId"]}", $"/Requests/{document["requestId"]}", "/Catalog" })
        {
            await devices.Page.GotoAsync(path);
            found.AddRange((await devices.Page.EvaluateAsync<string[]>(LowContrast)).Select(p => $"{path}: {p}"));
        }

        Assert.Empty(found);
    }

    [Fact]
    public async Task Keyboard_ReachesSkipLinkThenTheMainActionsOfTheBlade()
    {
        using var api = portal.CreateApiClient();
        await portal.WaitUntilCompletedAsync(api, await portal.RegisterAsync(api, ("keys.csv", TestCsv.Autopilot(2611))));
        await using var context = await chromium.NewContextAsync(portal, texts);
        var devices = new DevicesPage(await context.NewPageAsync(), texts);
        await devices.GotoAsync();
        var page = devices.Page;

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(":focus")).ToHaveTextAsync(texts.SkipToContent);
        await page.Keyboard.PressAsync("Enter");

        var reached = new List<string>();
        for (var i = 0; i < 60 && !reached.Contains(texts.RegisterDevices); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add((await page.Locator(":focus").InnerTextAsync()).Trim().TrimStart('+').Trim());
        }

        // Main content first: the register action, before the blade's own controls.
        Assert.Contains(texts.RegisterDevices, reached);
        await page.Keyboard.PressAsync("Enter");
        await Expect(devices.RegisterPanel).ToBeVisibleAsync();
    }
}
