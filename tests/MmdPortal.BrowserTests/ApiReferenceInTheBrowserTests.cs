using MmdPortal.Web.ApiReference;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MmdPortal.BrowserTests;

/// <summary>The API reference as an admin opens it: rendered from the portal's own document and script, under
/// the portal's Content-Security-Policy, without a request to any other host.</summary>
public sealed class ApiReferenceInTheBrowserTests(Chromium chromium, BrowserPortal portal) : BrowserTestClass<BrowserPortal>
{
    [Fact]
    public async Task ReferencePage_ListsTheOperations_WithoutErrorsOrOtherHosts()
    {
        // The reference is the API document's, which is English only (API codes and descriptions stay English).
        await using var context = await chromium.NewContextAsync(portal, PortalTexts.English);
        var page = await context.NewPageAsync();
        var elsewhere = new List<string>();
        var errors = new List<string>();
        // Route every request: one to another host is recorded and aborted, so the test never depends on the network.
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(portal.BaseUrl, StringComparison.Ordinal) || route.Request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
                return;
            }

            lock (elsewhere) elsewhere.Add(route.Request.Url);
            await route.AbortAsync();
        });
        page.Console += (_, message) => { if (message.Type == "error") lock (errors) errors.Add(message.Text); };
        page.PageError += (_, error) => { lock (errors) errors.Add(error); };

        await page.GotoAsync(ApiReferenceRegistration.PagePath);

        await Expect(page.GetByText("MmdPortal API").First).ToBeVisibleAsync();
        await Expect(page.GetByText("Upload one or more hardware-hash CSV files").First).ToBeVisibleAsync();
        foreach (var (tag, _) in ApiDocumentInfo.Tags)
            await Expect(page.GetByText(tag, new() { Exact = true }).First).ToBeVisibleAsync();
        await Expect(page.GetByText("Developer Tools")).ToHaveCountAsync(0);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Empty(elsewhere);
        Assert.Empty(errors);
    }
}
