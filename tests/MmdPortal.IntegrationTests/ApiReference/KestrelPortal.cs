using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MmdPortal.IntegrationTests.ApiReference;

/// <summary>The portal on real Kestrel on a loopback port, for clients outside the test process (pwsh, curl).</summary>
public sealed class KestrelPortal : PortalApplicationFactory
{
    public KestrelPortal()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
    }

    /// <summary>Where the portal listens, such as <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; }
}
