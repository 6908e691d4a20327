using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace MmdPortal.Benchmarks.Portal;

/// <summary>The REST API as an admin's script calls it, with an organisation's API key.</summary>
public sealed class PortalClient(Uri address, string apiKey) : IDisposable
{
    private readonly HttpClient _http = Create(address, apiKey);

    /// <summary>Streams the CSV file from disk as the part <c>files</c>; returns the Request ID and the time to 202.</summary>
    public async Task<(Guid RequestId, TimeSpan Accepted)> UploadAsync(string csvPath)
    {
        var clock = Stopwatch.StartNew();
        await using var file = File.OpenRead(csvPath);
        using var content = new MultipartFormDataContent();
        var part = new StreamContent(file, 64 * 1024);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(part, "files", Path.GetFileName(csvPath));
        using var response = await _http.PostAsync(new Uri("/api/v1/registrations", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Accepted)
            throw new InvalidOperationException($"Upload answered {(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        return (json.RootElement.GetProperty("requestId").GetGuid(), clock.Elapsed);
    }

    /// <summary>The request's status and its counts per device status.</summary>
    public async Task<(string Status, Dictionary<string, int> Counts)> GetRequestAsync(Guid requestId)
    {
        using var json = await GetJsonAsync($"/api/v1/registrations/{requestId}");
        var counts = json.RootElement.GetProperty("counts").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        return (json.RootElement.GetProperty("status").GetString()!, counts);
    }

    public async Task<JsonDocument> GetJsonAsync(string relative)
    {
        using var response = await _http.GetAsync(new Uri(relative, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"GET {relative} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body);
    }

    /// <summary>One GET, body read to the end, timed as the client sees it.</summary>
    public async Task<TimeSpan> TimeGetAsync(string relative)
    {
        var clock = Stopwatch.StartNew();
        using var response = await _http.GetAsync(new Uri(relative, UriKind.Relative));
        await response.Content.ReadAsByteArrayAsync();
        var elapsed = clock.Elapsed;
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"GET {relative} answered {(int)response.StatusCode}.");
        return elapsed;
    }

    public async Task<JsonDocument> PostJsonAsync(string relative, byte[] json)
    {
        using var content = new ByteArrayContent(json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _http.PostAsync(new Uri(relative, UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"POST {relative} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body);
    }

    public void Dispose() => _http.Dispose();

    private static HttpClient Create(Uri address, string apiKey)
    {
        var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(10) };
        http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return http;
    }
}
