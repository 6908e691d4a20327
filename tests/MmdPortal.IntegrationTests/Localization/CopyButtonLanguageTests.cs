using System.Net;

namespace MmdPortal.IntegrationTests.Localization;

/// <summary>js/copy.js knows only English fallbacks, so every page that shows a copy button gives it the words
/// (button, tooltip, "Copied", "Press Ctrl+C") in the request's language: the Request ID and the guide's commands.</summary>
public sealed class CopyButtonLanguageTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private const string DutchLabels =
        "data-copy-label=\"Kopiëren\" data-copy-title=\"De aanvraag-id kopiëren\" data-press-label=\"Druk op Ctrl+C\"";

    [Theory]
    [InlineData("en", "data-copied-label=\"Copied\"", "data-copy-label=\"Copy\" data-copy-title=\"Copy the Request ID\" data-press-label=\"Press Ctrl+C\"")]
    [InlineData("nl-NL", "data-copied-label=\"Gekopieerd\"", DutchLabels)]
    public async Task RequestId_CopyButtonWords_InTheRequestsLanguage(string language, string copied, string labels)
    {
        var (requestId, _) = await portal.SeedAsync();

        var page = await GetAsync($"/Requests/{requestId}", language);

        // TagBuilder writes the attributes in name order, data-copy itself between "copied" and the others.
        Assert.Contains($"<code class=\"copyable\" {copied} data-copy=\"\" {labels} id=\"request-id\">{requestId}</code>", page);
    }

    [Fact]
    public async Task GuideCommands_CopyButtonWords_InDutch()
    {
        var page = await GetAsync("/Devices/Guide", "nl-NL");

        Assert.Contains("<code data-copy data-copy-label=\"Kopiëren\" data-copy-title=\"De opdracht kopiëren\" data-copied-label=\"Gekopieerd\" data-press-label=\"Druk op Ctrl+C\">Install-Script", page);
        Assert.DoesNotContain("data-copy-label=\"Copy\"", page);
    }

    private async Task<string> GetAsync(string path, string language)
    {
        var browser = await portal.SignedInClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd(language);
        return WebUtility.HtmlDecode(await (await browser.SendAsync(request)).ReadHtmlAsync());
    }
}
