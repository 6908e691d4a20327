using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using MmdPortal.IntegrationTests;

namespace MmdPortal.BrowserTests;

/// <summary>The real portal on Kestrel on a loopback port, so that a real browser can reach it: a fresh SQLite
/// file, the Development environment (static assets served) and the real worker, woken by uploads.</summary>
public class BrowserPortal : PortalApplicationFactory
{
    public BrowserPortal()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseUrl = addresses.Addresses.Single();
    }

    /// <summary>Where the portal listens, such as <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; }
}

/// <summary>The worker switched off: the test runs each pass by hand, so Registration Pending stays on screen
/// until it does.</summary>
public sealed class ManualWorkerBrowserPortal : BrowserPortal
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Registration:WorkerEnabled"] = "false" };
}
