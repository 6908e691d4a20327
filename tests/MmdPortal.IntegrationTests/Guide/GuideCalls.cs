using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace MmdPortal.IntegrationTests.Guide;

/// <summary>The calls the guide's tests make, named for what they do.</summary>
internal static class GuideCalls
{
    /// <summary>Registers the seeds, each with its assigned user, in one upload; their device IDs in seed order.</summary>
    public static async Task<Guid[]> RegisterAsync(PortalApplicationFactory portal, HttpClient api, params (int Seed, string? User)[] devices)
    {
        var csv = $"{TestCsv.AutopilotHeader},Assigned User\r\n" +
            string.Concat(devices.Select(d => $"{TestCsv.Serial(d.Seed)},,{TestCsv.Hash(d.Seed)},{d.User}\r\n"));
        var document = await portal.WaitUntilCompletedAsync(api, await portal.RegisterAsync(api, ("assigned.csv", csv)));
        return document["rows"]!.AsArray().Select(r => r!["deviceId"]!.GetValue<Guid>()).ToArray();
    }

    public static async Task AddLicencesAsync(HttpClient api, params string[] names)
    {
        using var response = await api.PostAsJsonAsync("/api/v1/licences", new { userPrincipalNames = names });
        await response.ReadJsonAsync();
    }

    public static async Task<JsonNode> DeviceAsync(HttpClient api, Guid id)
    {
        using var response = await api.GetAsync($"/api/v1/devices/{id}");
        return await response.ReadJsonAsync();
    }

    /// <summary>Submits one of the device page's step forms ("Image" or "Deliver") as a browser does, following the
    /// redirect back to the device page.</summary>
    public static async Task<HttpResponseMessage> PostStepAsync(HttpClient browser, Guid id, string handler,
        params (string Name, string Value)[] fields)
    {
        var token = SignIn.AntiforgeryToken(await (await browser.GetAsync($"/Devices/{id}")).ReadHtmlAsync());
        var form = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token) };
        form.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        using var content = new FormUrlEncodedContent(form);
        return await browser.PostAsync($"/Devices/{id}/Steps?handler={handler}", content);
    }

    /// <summary>Posts the blade's selection form with its "Set image" button, as a browser does.</summary>
    public static async Task<HttpResponseMessage> PostBulkImageAsync(HttpClient browser, string image, IEnumerable<Guid> ids)
    {
        var token = SignIn.AntiforgeryToken(await (await browser.GetAsync("/Devices")).ReadHtmlAsync());
        var form = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token), new("image", image), new("returnUrl", "/Devices") };
        form.AddRange(ids.Select(id => new KeyValuePair<string, string>("deviceIds", id.ToString())));
        using var content = new FormUrlEncodedContent(form);
        return await browser.PostAsync("/Devices/GuideBulk", content);
    }
}
