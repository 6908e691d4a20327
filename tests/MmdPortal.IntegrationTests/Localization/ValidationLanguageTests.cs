using System.Net;

namespace MmdPortal.IntegrationTests.Localization;

/// <summary>A form the user gets wrong says so in their language: the data-annotation messages and the
/// model-binding ones, which ASP.NET Core writes in English unless told otherwise.</summary>
public sealed class ValidationLanguageTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    [Theory]
    [InlineData("nl-NL", "Het veld Gebruikersnaam is verplicht.")]
    [InlineData("en", "The User name field is required.")]
    public async Task AddUser_EmptyUserName_SaysTheFieldIsRequired_InTheUsersLanguage(string language, string message)
    {
        var admin = await ClientAsync(language);
        var page = await (await admin.GetAsync("/Users")).ReadHtmlAsync();

        using var added = await admin.PostAsync("/Users?handler=Add", Form(page,
            ("Input.UserName", ""), ("Input.Password", "First-Password-1"), ("Input.Role", "Reader")));

        var html = WebUtility.HtmlDecode(await added.ReadHtmlAsync());
        Assert.Contains($"<li>{message}</li>", html);
    }

    [Fact]
    public async Task CreateKey_DateThatIsNoDate_SaysTheValueIsNotValid_InDutch()
    {
        var admin = await ClientAsync("nl-NL");
        var page = await (await admin.GetAsync("/Keys")).ReadHtmlAsync();

        using var created = await admin.PostAsync("/Keys?handler=Create", Form(page,
            ("Input.Name", "automation"), ("Input.Scope", "read"), ("Input.ExpiresOn", "morgen")));

        var html = WebUtility.HtmlDecode(await created.ReadHtmlAsync());
        Assert.Contains("<li>De waarde 'morgen' is niet geldig voor Verloopt op.</li>", html);
        Assert.DoesNotContain("is not valid for", html);
    }

    [Fact]
    public async Task SignIn_EmptyFields_InDutch()
    {
        var anonymous = portal.CreateClient();
        anonymous.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-NL");
        var page = await (await anonymous.GetAsync("/Account/SignIn")).ReadHtmlAsync();

        using var signIn = await anonymous.PostAsync("/Account/SignIn", Form(page, ("UserName", ""), ("Password", "")));

        var html = WebUtility.HtmlDecode(await signIn.ReadHtmlAsync());
        Assert.Contains("Het veld Gebruikersnaam is verplicht.", html);
        Assert.Contains("Het veld Wachtwoord is verplicht.", html);
        Assert.DoesNotContain("field is required", html);
    }

    private async Task<HttpClient> ClientAsync(string language)
    {
        var client = await portal.SignedInClientAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    private static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))
            .Append(KeyValuePair.Create("__RequestVerificationToken", SignIn.AntiforgeryToken(page))));
}
