using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MmdPortal.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MmdPortal.IntegrationTests.Hostile;

/// <summary>The portal on real Kestrel (the test server enforces neither data rates nor body sizes), with a
/// small upload limit.</summary>
public sealed class KestrelLimitsPortal : PortalApplicationFactory
{
    public KestrelLimitsPortal()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        Port = address.Port;
    }

    public int Port { get; }

    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Upload:MaxBytes"] = "200000" };
}

/// <summary>Slow uploads (Kestrel's MinRequestBodyDataRate: 240 bytes a second after a 5-second grace), bodies over
/// <c>Upload:MaxBytes</c> without a Content-Length, and bodies over Kestrel's own 30 MB limit on endpoints that are not
/// uploads: each a 4xx that says so, not a 500, nothing stored, no support-desk error, and the portal still serves.</summary>
public sealed class KestrelLimitsTests(KestrelLimitsPortal portal) : IClassFixture<KestrelLimitsPortal>
{
    [Fact]
    public async Task SlowUpload_ATrickleBelowTheMinimumDataRate_IsCutOffWithA4xxWithinSeconds()
    {
        var before = await CountsAsync();
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, portal.Port);
        var stream = tcp.GetStream();
        var head = "POST /api/v1/registrations HTTP/1.1\r\nHost: localhost\r\n" +
            $"X-Api-Key: {PortalApplicationFactory.AdminKey}\r\nContent-Type: multipart/form-data; boundary=x\r\n" +
            "Content-Length: 100000\r\n\r\n--x\r\nContent-Disposition: form-data; name=\"files\"; filename=\"slow.csv\"\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        var clock = Stopwatch.StartNew();

        // One byte a second: far below 240 bytes a second. Kestrel must give up once the grace period is over.
        var response = new StringBuilder();
        var buffer = new byte[4096];
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(40));
        var reading = stream.ReadAsync(buffer, deadline.Token).AsTask();
        while (!reading.IsCompleted && !deadline.IsCancellationRequested)
        {
            try
            {
                await stream.WriteAsync("A"u8.ToArray(), deadline.Token);
            }
            catch (IOException)
            {
                break;
            }

            await Task.WhenAny(reading, Task.Delay(1000, CancellationToken.None));
        }

        var read = await reading;
        response.Append(Encoding.ASCII.GetString(buffer, 0, read));
        var status = response.ToString().Split(' ', 3) is [_, var code, ..] ? code : "(none)";

        Assert.True(status is "408" or "400", $"after {clock.Elapsed.TotalSeconds:0} s: {response}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"cut off only after {clock.Elapsed.TotalSeconds:0} s");
        Assert.Equal(before, await CountsAsync());
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{portal.Port}") };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz/live")).StatusCode);
    }

    [Fact]
    public async Task ChunkedUploadOverTheLimit_Is413WithTheLimitInTheDetail()
    {
        var before = await CountsAsync();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{portal.Port}") };
        client.DefaultRequestHeaders.Add("X-Api-Key", PortalApplicationFactory.AdminKey);
        using var form = new MultipartFormDataContent();
        // A stream without a length goes out chunked: the limit is enforced as the bytes arrive.
        form.Add(new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(TestCsv.Autopilot([.. Enumerable.Range(9700, 80)])))), "files", "big.csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/registrations") { Content = form };
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request);

        var problem = await response.ReadJsonAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("200,000 bytes", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task HugeJsonBodyOnAnEndpointThatIsNoUpload_Is413WithADetailNotA500()
    {
        // 40 MB declared, over Kestrel's 30 MB default; the client sends the start and waits for the answer.
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, portal.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("POST /api/v1/licences HTTP/1.1\r\nHost: localhost\r\n" +
            $"X-Api-Key: {PortalApplicationFactory.AdminKey}\r\nContent-Type: application/json\r\n" +
            "Content-Length: 41943040\r\n\r\n{\"userPrincipalNames\":[\"a@contoso.com\""));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        // The answer, headers and (chunked) body, until the server closes the connection or stays silent.
        var answer = new StringBuilder();
        var buffer = new char[8192];
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token);
            quiet.CancelAfter(TimeSpan.FromSeconds(answer.Length == 0 ? 30 : 2));
            int read;
            try
            {
                read = await reader.ReadAsync(buffer, quiet.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            if (read == 0) break;
            answer.Append(buffer, 0, read);
        }

        Assert.StartsWith("HTTP/1.1 413", answer.ToString(), StringComparison.Ordinal);
        Assert.Contains("too large", answer.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    private async Task<(int Devices, int Requests, int Errors)> CountsAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return (await db.Devices.IgnoreQueryFilters().CountAsync(), await db.Requests.IgnoreQueryFilters().CountAsync(),
            await db.Errors.IgnoreQueryFilters().CountAsync());
    }
}
