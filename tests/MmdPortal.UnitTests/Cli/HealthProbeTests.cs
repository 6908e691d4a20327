using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using MmdPortal.Web.Cli;

namespace MmdPortal.UnitTests.Cli;

/// <summary>The container health check's command, against a real HTTP server on loopback.</summary>
public sealed class HealthProbeTests : IAsyncLifetime
{
    private WebApplication _server = null!;
    private string _baseUrl = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _server = builder.Build();
        _server.MapGet("/healthz/ready", () => Results.Ok("Healthy"));
        _server.MapGet("/down", () => Results.StatusCode(StatusCodes.Status503ServiceUnavailable));
        await _server.StartAsync();
        _baseUrl = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Single();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task RunAsync_ReadyPortal_ExitsZeroAndSaysWhatItAnswered()
    {
        var (exitCode, output, _) = await ProbeAsync($"{_baseUrl}/healthz/ready");

        Assert.Equal(0, exitCode);
        Assert.Contains("answered 200 OK", output);
    }

    [Fact]
    public async Task RunAsync_UnhealthyPortal_ExitsOne()
    {
        var (exitCode, output, _) = await ProbeAsync($"{_baseUrl}/down");

        Assert.Equal(1, exitCode);
        Assert.Contains("answered 503", output);
    }

    [Fact]
    public async Task RunAsync_NothingListening_ExitsOneWithTheReason()
    {
        using var unused = new TcpListener(IPAddress.Loopback, 0);
        unused.Start();
        var port = ((IPEndPoint)unused.LocalEndpoint).Port;
        unused.Stop();

        var (exitCode, _, errors) = await ProbeAsync($"http://127.0.0.1:{port}/healthz/ready");

        Assert.Equal(1, exitCode);
        Assert.Contains("did not answer", errors);
    }

    [Fact]
    public async Task RunAsync_NotAUrl_ExitsTwo()
    {
        var (exitCode, _, errors) = await ProbeAsync("ftp://portal/healthz");

        Assert.Equal(2, exitCode);
        Assert.Contains("is not an http(s) URL", errors);
    }

    [Theory]
    [InlineData(null, "http://localhost:8080/healthz/ready")]
    [InlineData("", "http://localhost:8080/healthz/ready")]
    [InlineData("5080", "http://localhost:5080/healthz/ready")]
    [InlineData("8081;8082", "http://localhost:8081/healthz/ready")]
    [InlineData(" 9000 , 9001", "http://localhost:9000/healthz/ready")]
    public void DefaultUrl_TakesTheFirstPortOfAspNetCoreHttpPorts(string? ports, string expected) =>
        Assert.Equal(expected, HealthProbe.DefaultUrl(ports));

    [Fact]
    public async Task PortalCommands_ProbeVerb_RunsTheProbe()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exitCode = await PortalCommands.TryRunAsync(["probe", $"{_baseUrl}/healthz/ready"], output, errors);

        Assert.Equal(0, exitCode);
    }

    private static async Task<(int ExitCode, string Output, string Errors)> ProbeAsync(string url)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await HealthProbe.RunAsync([url], output, errors, CancellationToken.None);
        return (exitCode, output.ToString(), errors.ToString());
    }
}
