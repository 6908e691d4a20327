using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace MmdPortal.IntegrationTests.Monitoring;

/// <summary>The portal on a fake clock with the worker running, whose passes can be made to hang.</summary>
public sealed class HangingWorkerPortalFactory : FakeClockPortalFactory
{
    public HangingClaims Claims { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(Claims));
    }
}
