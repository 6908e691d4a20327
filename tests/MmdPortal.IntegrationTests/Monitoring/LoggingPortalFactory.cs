using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace MmdPortal.IntegrationTests.Monitoring;

/// <summary>The portal logging at Information (the other tests log warnings only) into <see cref="Events"/>; the
/// request completion events at Debug too, to see which level probes and static files get.</summary>
public sealed class LoggingPortalFactory : PortalApplicationFactory
{
    public CapturedLogEvents Events { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Serilog:MinimumLevel:Default"] = "Information",
        ["Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware"] = "Debug",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(Events));
    }
}
