using System.Diagnostics;
using System.Net.Http.Json;

namespace MmdPortal.Benchmarks.Load;

/// <summary>One client of a load run (an admin, a reader, an agent) with its own API key, on one portal instance.
/// Every call is recorded in the run's traffic under its kind, with the time until its body was read; no call
/// throws for an answer, so that a 5xx is counted rather than ending the client.</summary>
public sealed class LoadClient(HttpClient http, string key, LoadTraffic traffic, int organization)
{
    /// <summary>The index of the client's organisation in the run.</summary>
    public int Organization => organization;

    public Task<LoadAnswer> GetAsync(string kind, string url) =>
        SendAsync(kind, new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative)));

    public Task<LoadAnswer> PostJsonAsync(string kind, string url, object body) =>
        SendAsync(kind, new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = JsonContent.Create(body) });

    public async Task<LoadAnswer> SendAsync(string kind, HttpRequestMessage request)
    {
        using var _ = request;
        request.Headers.Add("X-Api-Key", key);
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var answer = new LoadAnswer((int)response.StatusCode, body);
            traffic.Record(kind, answer, clock.Elapsed);
            return answer;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            var answer = new LoadAnswer(0, $"{ex.GetType().Name}: {ex.Message}");
            traffic.Record(kind, answer, clock.Elapsed);
            return answer;
        }
    }
}
