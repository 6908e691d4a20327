using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MmdPortal.IntegrationTests.ApiReference;

/// <summary>The portal on real Kestrel on a loopback port, for clients outside the test process (pwsh, curl).</summary>
public sealed class KestrelPortal : PortalApplicationFactory
{
    public KestrelPortal() => BaseUrl = Start(this);

    /// <summary>Starts <paramref name="portal"/> (not yet started) on a loopback port; returns where it listens.</summary>
    public static string Start(PortalApplicationFactory portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        portal.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        portal.StartServer();
        return portal.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
    }

    /// <summary>Where the portal listens, such as <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; }
}
