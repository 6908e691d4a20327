using System.Text.RegularExpressions;

namespace MmdPortal.IntegrationTests.Localization;

/// <summary>A browser that asks for no language, or only for one the portal does not speak, gets English, as
/// before the portal spoke Dutch; "en-GB" finds English through its parent culture.</summary>
public sealed class EnglishByDefaultTests(SeededPortal portal) : IClassFixture<SeededPortal>, IAsyncLifetime
{
    public Task InitializeAsync() => portal.SeedAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(null)]
    [InlineData("de-DE")]
    [InlineData("en-GB")]
    public async Task NoDutchAsked_English(string? acceptLanguage)
    {
        var client = await portal.SignedInClientAsync();
        if (acceptLanguage is not null) client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);

        var html = await (await client.GetAsync("/Devices")).ReadHtmlAsync();

        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("<h1>Devices</h1>", html);
        Assert.Contains("+ Register devices</a>", html);
        // ICU puts a narrow no-break space before AM/PM, which Razor writes as a character reference.
        Assert.Matches(@"<td>\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}(\s|&#x202F;)[AP]M UTC</td>", html);
        Assert.Equal(0, Regex.Count(html, "Apparaten"));
    }
}
