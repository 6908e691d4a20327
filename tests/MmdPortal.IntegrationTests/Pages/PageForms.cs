using System.Net.Http.Headers;

namespace MmdPortal.IntegrationTests.Pages;

/// <summary>Posts forms the way a browser does: GET the page, take its antiforgery token, POST multipart.</summary>
public static partial class PageForms
{
    public static Task<HttpResponseMessage> UploadOnDevicesPageAsync(HttpClient browser, params (string Name, string Content)[] files) =>
        UploadOnDevicesPageAsync(browser, "Register", files);

    /// <summary>Submits the Register devices panel with the button of <paramref name="handler"/>
    /// ("Register" or "Validate").</summary>
    public static async Task<HttpResponseMessage> UploadOnDevicesPageAsync(
        HttpClient browser, string handler, params (string Name, string Content)[] files)
    {
        var page = await (await browser.GetAsync("/Devices")).ReadHtmlAsync();
        var token = SignIn.AntiforgeryToken(page);
        Assert.False(string.IsNullOrEmpty(token), "The Devices page has no antiforgery token.");

        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, content) in files)
        {
            var part = new StringContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(part, "files", name);
        }

        return await browser.PostAsync($"/Devices?handler={handler}", form);
    }
}
