using System.Text.RegularExpressions;

namespace MmdPortal.IntegrationTests.Catalog;

/// <summary>Drives the Catalog page the way a browser does.</summary>
public static class CatalogPage
{
    public static Task<HttpResponseMessage> AddAsync(HttpClient browser, string manufacturer, string model, string machineTypes = "") =>
        PostAsync(browser, "Add", new Dictionary<string, string>
        {
            ["Input.Manufacturer"] = manufacturer, ["Input.Model"] = model, ["Input.MachineTypes"] = machineTypes,
        });

    public static Task<HttpResponseMessage> RemoveAsync(HttpClient browser, string id) =>
        PostAsync(browser, "Remove", new Dictionary<string, string> { ["id"] = id });

    public static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string handler, Dictionary<string, string> fields)
    {
        var token = SignIn.AntiforgeryToken(await (await browser.GetAsync("/Catalog")).ReadHtmlAsync());
        // A reader's Catalog page has no form to post; a crafted post takes the user's token from the Devices page.
        if (token.Length == 0) token = SignIn.AntiforgeryToken(await (await browser.GetAsync("/Devices")).ReadHtmlAsync());
        fields["__RequestVerificationToken"] = token;
        return await browser.PostAsync($"/Catalog?handler={handler}", new FormUrlEncodedContent(fields));
    }

    /// <summary>The ID of the organisation's own entry for <paramref name="model"/> on <paramref name="page"/>; "" if none.</summary>
    public static string IdOf(string page, string model) =>
        Regex.Match(page, $"data-catalog-id=\"(\\d+)\">\\s*<td>[^<]*</td>\\s*<td>{Regex.Escape(model)}</td>").Groups[1].Value;
}
