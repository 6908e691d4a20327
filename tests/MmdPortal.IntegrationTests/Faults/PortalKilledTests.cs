using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MmdPortal.Benchmarks.Portal;
using MmdPortal.Web.Organizations;
using Xunit.Abstractions;

namespace MmdPortal.IntegrationTests.Faults;

/// <summary>The portal process is SIGKILLed at seeded random points, alternately while an upload streams in and
/// while the registration worker decides an accepted upload's devices, then started again on the same database.
/// Every accepted row ends as one device in a final state; an upload cut off before it was accepted stored
/// nothing, and uploading the same file again is safe. Runs on SQLite and on PostgreSQL; size in
/// <see cref="FaultScale"/>.</summary>
public sealed class PortalKilledTests(ITestOutputHelper output)
{
    private const string Pending = "SELECT COUNT(*) FROM \"Devices\" WHERE \"Status\" = 0";

    private readonly string _adminKey = ApiKeys.NewSecret();

    [Fact]
    public async Task PortalKilledDuringUploadsAndRegistration_EveryAcceptedDeviceEndsOnceAndNoneIsLost()
    {
        int size = FaultScale.Devices, kills = FaultScale.Kills, seed = FaultScale.Seed;
        var random = new Random(seed);
        using var database = new ProcessDatabase();
        var clock = Stopwatch.StartNew();
        PortalProcess? portal = await StartAsync(database, 0);
        try
        {
            for (var round = 0; round < kills; round++)
            {
                var body = Upload(round, size);
                var devicesBefore = await database.CountAsync("SELECT COUNT(*) FROM \"Devices\"");
                string where;
                if (round % 2 == 0)
                {
                    // A quarter of the kills come once the whole body is sent: while the portal commits.
                    var killAt = random.NextDouble() < 0.25 ? body.Bytes.LongLength : random.NextInt64(body.Bytes.LongLength);
                    where = $"upload, after {killAt:N0} of {body.Bytes.Length:N0} bytes";
                    var dying = portal;
                    portal = null;
                    var accepted = await TryUploadAsync(dying, body, killAt, dying.KillAsync);
                    portal = await StartAsync(database, round + 1);
                    var stored = await database.CountAsync("SELECT COUNT(*) FROM \"Devices\"") - devicesBefore;
                    Assert.True(stored == 0 || stored == size,
                        $"Round {round} (seed {seed}, {where}): {stored} of {size} devices stored; an upload is all or nothing.");
                    Assert.True(!accepted || stored == size, $"Round {round} (seed {seed}, {where}): accepted, but {stored} stored.");
                    // The client saw an error (or, rarely, its 202): it uploads the file again, as the portal tells it to.
                    if (!accepted) await UploadAcceptedAsync(portal, body);
                }
                else
                {
                    await UploadAcceptedAsync(portal, body);
                    var decide = random.Next(size);
                    where = $"registration, after about {decide:N0} of {size:N0} devices decided";
                    await WaitAsync(async () => await database.CountAsync(Pending) <= size - decide, TimeSpan.FromMinutes(5), where);
                    await portal.KillAsync();
                    await portal.DisposeAsync();
                    portal = null;
                    portal = await StartAsync(database, round + 1);
                }

                output.WriteLine($"Round {round}: killed during {where} at {clock.Elapsed.TotalSeconds:0.0} s");
            }

            await WaitAsync(async () => await database.CountAsync(Pending) == 0, TimeSpan.FromMinutes(5), "the last registrations");
            var total = (long)kills * size;
            Assert.Equal(total, await database.CountAsync("SELECT COUNT(*) FROM \"Devices\""));
            Assert.Equal(total, await database.CountAsync("SELECT COUNT(DISTINCT \"SerialNumber\") FROM \"Devices\""));
            // Ready for user (2): every generated hash is valid; no device failed for having been claimed by a dead pass.
            Assert.Equal(total, await database.CountAsync("SELECT COUNT(*) FROM \"Devices\" WHERE \"Status\" = 2"));
            Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM \"Requests\" WHERE \"Status\" <> 1"));
            Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM \"RequestRows\" WHERE \"DeviceId\" IS NULL"));
            Assert.Equal(total, await database.CountAsync("SELECT COUNT(*) FROM \"RequestRows\" WHERE \"CreatedDevice\""));

            // The same file once more: every row is "Device already registered" (3), nothing is added.
            await UploadAcceptedAsync(portal, Upload(0, size));
            await WaitAsync(async () => await database.CountAsync("SELECT COUNT(*) FROM \"Requests\" WHERE \"Status\" = 0") == 0,
                TimeSpan.FromMinutes(1), "the repeated upload");
            Assert.Equal(total, await database.CountAsync("SELECT COUNT(*) FROM \"Devices\""));
            Assert.Equal(size, await database.CountAsync(
                "SELECT COUNT(*) FROM \"RequestRows\" WHERE \"Error\" = 3 AND \"RequestId\" = (SELECT MAX(\"Id\") FROM \"Requests\")"));
            output.WriteLine($"{database.Provider}: {kills} kills, {size:N0} devices per upload, seed {seed}: " +
                $"{total:N0} devices, each once and Ready for user, in {clock.Elapsed.TotalSeconds:0} s");
        }
        catch
        {
            // The database folder, and with it the portal's logs, goes with the test: show the latest log's end.
            var log = Directory.GetFiles(database.Folder, "portal-*.log").OrderBy(File.GetLastWriteTimeUtc).LastOrDefault();
            if (log is not null) output.WriteLine($"{log}:\n{string.Join('\n', File.ReadLines(log).TakeLast(30))}");
            throw;
        }
        finally
        {
            if (portal is not null) await portal.DisposeAsync();
        }
    }

    private async Task<PortalProcess> StartAsync(ProcessDatabase database, int start)
    {
        var settings = new Dictionary<string, string>(database.Settings)
        {
            ["Bootstrap__AdminApiKey"] = _adminKey,
            ["ApiKeys__RequestsPerMinute"] = "1000000",
            // Small passes, so that a kill finds the worker in the middle of an upload's devices; and a short lease,
            // so that the devices a killed pass had claimed are taken over within seconds rather than a minute.
            ["Registration__BatchSize"] = "250",
            ["Registration__ClaimLease"] = "00:00:02",
            ["Registration__PollInterval"] = "00:00:00.200",
            ["Serilog__MinimumLevel__Default"] = "Warning",
        };
        return await PortalProcess.StartAsync(RepositoryPaths.PortalDll(null), settings,
            Path.Combine(database.Folder, $"portal-{start}.log"));
    }

    private static UploadBody Upload(int round, int size)
    {
        var csv = TestCsv.Autopilot(Enumerable.Range(1_000_000 + round * size, size).ToArray());
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(part, "files", $"fleet-{round}.csv");
        return new UploadBody(form.ReadAsByteArrayAsync().GetAwaiter().GetResult(), form.Headers.ContentType!);
    }

    /// <summary>Whether the portal accepted the upload (202) before <paramref name="kill"/> ended it.</summary>
    private async Task<bool> TryUploadAsync(PortalProcess portal, UploadBody body, long killAt, Func<Task> kill)
    {
        using var client = Client(portal);
        using var content = new KillingContent(body.Bytes, killAt, kill);
        content.Headers.ContentType = body.ContentType;
        try
        {
            using var response = await client.PostAsync(new Uri("/api/v1/registrations", UriKind.Relative), content);
            return response.StatusCode == HttpStatusCode.Accepted;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
        finally
        {
            await portal.DisposeAsync();
        }
    }

    private async Task UploadAcceptedAsync(PortalProcess portal, UploadBody body)
    {
        using var client = Client(portal);
        using var content = new ByteArrayContent(body.Bytes);
        content.Headers.ContentType = body.ContentType;
        using var response = await client.PostAsync(new Uri("/api/v1/registrations", UriKind.Relative), content);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
    }

    private HttpClient Client(PortalProcess portal)
    {
        var client = new HttpClient { BaseAddress = portal.Address, Timeout = TimeSpan.FromMinutes(10) };
        client.DefaultRequestHeaders.Add("X-Api-Key", _adminKey);
        return client;
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; fails after <paramref name="timeout"/>.</summary>
    private static async Task WaitAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(deadline.Elapsed < timeout, $"Timed out after {timeout} waiting for {what}.");
            await Task.Delay(20);
        }
    }

    private sealed record UploadBody(byte[] Bytes, MediaTypeHeaderValue ContentType);
}
