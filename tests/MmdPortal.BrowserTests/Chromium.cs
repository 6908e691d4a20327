using Microsoft.Playwright;

namespace MmdPortal.BrowserTests;

/// <summary>One headless Debian Chromium for every browser test; each test gets its own context.</summary>
public sealed class Chromium : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        // Auto-waiting assertions give the worker and devices.js time, without a fixed sleep anywhere.
        Assertions.SetDefaultExpectTimeout(30_000);
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
    public Task<IBrowserContext> NewContextAsync(BrowserPortal portal, PortalTexts texts, int width = 1280, int height = 800) =>
        _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.BaseUrl,
            Locale = texts.Culture,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });

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
