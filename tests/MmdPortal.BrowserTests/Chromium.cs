using Microsoft.Playwright;

namespace MmdPortal.BrowserTests;

/// <summary>One headless Debian Chromium for every browser test; each test gets its own context.</summary>
public sealed class Chromium : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        // Auto-waiting assertions give the worker and devices.js time, without a fixed sleep anywhere. 60 s: on a
        // busy 2-core runner a registration seen through the blade's refresh once took longer than 30 s; a test that
        // is wrong still fails, only later.
        Assertions.SetDefaultExpectTimeout(60_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            // Debian's package, not a download: no `playwright install` on build machines.
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    /// <summary>A fresh context (cookies, storage) with relative URLs resolved against the portal, whose browser
    /// speaks <paramref name="texts"/>' language (its Accept-Language and navigator.language), as a user's would.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserPortal portal, PortalTexts texts, int width = 1280, int height = 800)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.BaseUrl,
            Locale = texts.Culture,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        // A class's first page is its portal's first request (start-up, first views); on a busy 2-core runner its load
        // event once took over Playwright's default 30 s.
        context.SetDefaultNavigationTimeout(60_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SharedChromium : ICollectionFixture<Chromium>
{
    public const string Name = "Browser";
}
