using Microsoft.AspNetCore.Mvc.Testing;

namespace MmdPortal.IntegrationTests.Localization;

/// <summary>A browser that asks for Dutch (Accept-Language: nl-NL) gets the portal's pages in Dutch, with Dutch
/// dates.</summary>
public sealed class DutchPagesTests(SeededPortal portal) : IClassFixture<SeededPortal>, IAsyncLifetime
{
    private HttpClient _dutch = null!;
    private Guid _requestId;
    private Guid _deviceId;

    public async Task InitializeAsync()
    {
        _dutch = await portal.SignedInClientAsync();
        _dutch.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-NL");
        (_requestId, _deviceId) = await portal.SeedAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task DevicesBlade_InDutch()
    {
        var html = await (await _dutch.GetAsync("/Devices")).ReadHtmlAsync();

        Assert.Contains("<html lang=\"nl-NL\">", html);
        Assert.Contains("<h1>Apparaten</h1>", html);
        Assert.Contains("+ Apparaten registreren</a>", html);
        Assert.Contains("<label for=\"search\">Zoeken</label>", html);
        Assert.Contains("aria-label=\"Filteren op status\"", html);
        Assert.Contains(">Serienummer</a>", html);
        Assert.Contains(">Toegewezen gebruiker</a>", html);
        Assert.Contains("Alleen valideren</button>", html);
        Assert.Contains("Apparaten per status:", html);
        Assert.Contains(">Aanvragen</a>", html);
        Assert.DoesNotContain(">Register devices<", html);
        Assert.DoesNotContain(">Serial number<", html);
        // Registered today, as a Dutch date: day-month-year.
        Assert.Matches(@"<td>\d{1,2}-\d{1,2}-\d{4} \d{2}:\d{2} UTC</td>", html);
    }

    [Fact]
    public async Task DevicePage_InDutch()
    {
        var html = await (await _dutch.GetAsync($"/Devices/{_deviceId}")).ReadHtmlAsync();

        Assert.Contains("<h1>Apparaat <span class=\"serial\">", html);
        Assert.Contains("<h2>Registratie</h2>", html);
        Assert.Contains("<dt>Serienummer</dt>", html);
        Assert.Contains("<h2>Tijdlijn</h2>", html);
        Assert.Contains("<h2>Wat de hardware-hash vermeldt</h2>", html);
        Assert.Contains("Registratie ongedaan maken</button>", html);
        Assert.Contains("Rij voor rij</a>", html);
    }

    [Fact]
    public async Task Requests_InDutch()
    {
        var list = await (await _dutch.GetAsync("/Requests")).ReadHtmlAsync();
        var detail = await (await _dutch.GetAsync($"/Requests/{_requestId}")).ReadHtmlAsync();

        Assert.Contains("<h1>Aanvragen</h1>", list);
        Assert.Contains("Elke upload en elke nieuwe poging is een aanvraag met een eigen aanvraag-id.", list);
        Assert.Contains("<th scope=\"col\">Aanvraag-id</th>", list);
        Assert.Contains("<td>Voltooid</td>", list);
        Assert.Contains("<dt>Bestanden</dt>", detail);
        Assert.Contains(">Alle rijen</a>", detail);
        Assert.Matches(@">Alleen mislukte rijen \(\d+\)</a>", detail);
        Assert.Contains("<th scope=\"col\">Wat te doen</th>", detail);
        Assert.Contains("Mislukte rijen downloaden (CSV)", detail);
    }

    [Fact]
    public async Task SignInPage_InDutch_AndItsErrorToo()
    {
        var anonymous = portal.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        anonymous.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-NL");

        var form = await (await anonymous.GetAsync("/Account/SignIn")).ReadHtmlAsync();
        var wrong = await (await SignIn.SignInAsync(anonymous, PortalApplicationFactory.AdminUser, "not-the-password")).ReadHtmlAsync();

        Assert.Contains("<html lang=\"nl-NL\">", form);
        Assert.Contains("<h1>Aanmelden</h1>", form);
        Assert.Contains(">Gebruikersnaam</label>", form);
        Assert.Contains(">Wachtwoord</label>", form);
        Assert.Contains("De gebruikersnaam of het wachtwoord is onjuist.", wrong);
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("nl-BE")]
    [InlineData("fr-FR, nl;q=0.8")]
    public async Task DutchWithoutTheNetherlands_StillDutch(string acceptLanguage)
    {
        var anonymous = portal.CreateClient();
        anonymous.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);

        var html = await (await anonymous.GetAsync("/Account/SignIn")).ReadHtmlAsync();

        Assert.Contains("<h1>Aanmelden</h1>", html);
    }

    [Fact]
    public async Task ErrorPage_InDutch()
    {
        var html = await (await _dutch.GetAsync("/no-such-page")).ReadHtmlAsync(System.Net.HttpStatusCode.NotFound);

        Assert.Contains("<h1>Pagina niet gevonden</h1>", html);
        Assert.Contains("Terug naar de portal", html);
    }
}
