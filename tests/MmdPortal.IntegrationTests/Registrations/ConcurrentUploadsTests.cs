using System.Net;

namespace MmdPortal.IntegrationTests.Registrations;

/// <summary>SQLite has one writer at a time: uploads and the worker must queue for it, never fail with
/// "database is locked", and the same hardware uploaded twice at once must end up registered once.</summary>
public sealed class ConcurrentUploadsTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task ParallelUploadsWhileTheWorkerRuns_AllAcceptedEveryDeviceOnce()
    {
        var api = portal.CreateApiClient();
        var files = Enumerable.Range(0, 4)
            .Select(f => TestCsv.Autopilot(Enumerable.Range(20_000 + f * 300, 300).ToArray())).ToList();
        // The same 300 devices as the first file, uploaded at the same time.
        files.Add(files[0]);

        var responses = await Task.WhenAll(files.Select(async (csv, i) =>
        {
            using var response = await portal.UploadAsync(api, ($"part-{i}.csv", csv));
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.All(responses, r => Assert.True(r.StatusCode == HttpStatusCode.Accepted, r.Body));
        var documents = new List<System.Text.Json.Nodes.JsonNode>();
        foreach (var (_, body) in responses)
            documents.Add(await portal.WaitUntilCompletedAsync(api, System.Text.Json.Nodes.JsonNode.Parse(body)!["requestId"]!.GetValue<Guid>()));

        var ready = documents.Sum(d => d["counts"]!["ReadyForUser"]?.GetValue<int>() ?? 0);
        var repeats = documents.Sum(d => d["counts"]!["RegistrationFailed"]?.GetValue<int>() ?? 0);
        Assert.Equal(1_200, ready);
        Assert.Equal(300, repeats);
        Assert.Equal(1_200, (await portal.CountAllAsync()).Devices);
    }
}
