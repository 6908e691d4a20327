namespace MmdPortal.IntegrationTests.Accounts;

public sealed class NoAdminPortalFactory : PortalApplicationFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Bootstrap:AdminUser"] = "",
        ["Bootstrap:AdminPassword"] = "",
    };
}

/// <summary>A portal started without Bootstrap:AdminUser asks its first visitor to create the first admin, once.</summary>
public sealed class FirstAdminSetupTests(NoAdminPortalFactory portal) : IClassFixture<NoAdminPortalFactory>
{
    [Fact]
    public async Task FirstVisit_CreatesTheFirstAdminOnce()
    {
        var visitor = portal.CreateClient();

        using var first = await visitor.GetAsync("/Devices");
        Assert.Equal("/Account/Setup", first.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await first.ReadHtmlAsync();
        Assert.Contains("Set up Contoso", page);

        using var created = await PostSetupAsync(visitor, page, "first.admin@contoso.test", "First-Admin-Password");
        Assert.True(created.IsSignInPage());
        var admin = await portal.SignedInClientAsync("first.admin@contoso.test", "First-Admin-Password");
        Assert.Contains("Users", await (await admin.GetAsync("/Devices")).ReadHtmlAsync());

        // A second visitor finds no set-up page, and a replayed form creates nobody.
        var late = portal.CreateClient();
        using var again = await late.GetAsync("/Account/Setup");
        Assert.True(again.IsSignInPage());
        using var replay = await PostSetupAsync(late, await (await late.GetAsync("/Account/SignIn")).ReadHtmlAsync(),
            "second.admin@contoso.test", "Second-Admin-Password");
        using var attempt = await SignIn.SignInAsync(portal.CreateClient(), "second.admin@contoso.test", "Second-Admin-Password");
        Assert.True(attempt.IsSignInPage());
    }

    private static Task<HttpResponseMessage> PostSetupAsync(HttpClient client, string page, string user, string password) =>
        client.PostAsync("/Account/Setup", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user, ["Password"] = password, ["RepeatPassword"] = password,
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(page),
        }));
}
