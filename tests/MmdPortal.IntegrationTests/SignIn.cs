using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MmdPortal.IntegrationTests;

/// <summary>Signs in through the sign-in page, as a browser does; the client keeps the cookie.</summary>
public static partial class SignIn
{
    public static async Task<HttpClient> SignedInClientAsync(
        this WebApplicationFactory<Program> factory,
        string userName = PortalApplicationFactory.AdminUser,
        string password = PortalApplicationFactory.AdminPassword,
        string landing = "/Devices")
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true });
        using var response = await SignInAsync(client, userName, password);
        Assert.True(response.RequestMessage!.RequestUri!.AbsolutePath == landing,
            $"Signing in as {userName} did not lead to {landing}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password)
    {
        var form = await (await client.GetAsync("/Account/SignIn")).ReadHtmlAsync();
        var token = TokenField().Match(form).Groups[1].Value;
        return await client.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["Password"] = password, ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>The antiforgery token of the first form in <paramref name="html"/>, as a browser would post it.</summary>
    public static string AntiforgeryToken(string html) => TokenField().Match(html).Groups[1].Value;

    public static bool IsSignInPage(this HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.OK && response.RequestMessage!.RequestUri!.AbsolutePath == "/Account/SignIn";

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
