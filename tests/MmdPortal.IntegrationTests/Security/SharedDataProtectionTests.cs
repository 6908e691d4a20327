using MmdPortal.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MmdPortal.IntegrationTests.Security;

/// <summary>Several instances behind a load balancer share one database, and with it the Data Protection keys:
/// a sign-in cookie issued by one instance is accepted by the other.</summary>
public sealed class SharedDataProtectionTests
{
    [Fact]
    public async Task CookieFromOneInstance_IsAcceptedByAnother()
    {
        using var first = new PortalApplicationFactory();
        using var second = first.SecondInstance();
        var signedIn = await first.SignedInClientAsync();
        using var echo = await signedIn.GetAsync("/Devices");
        var cookie = string.Join("; ", echo.RequestMessage!.Headers.GetValues("Cookie"));

        var other = second.CreateClient();
        other.DefaultRequestHeaders.Add("Cookie", cookie);
        using var response = await other.GetAsync("/Devices");

        Assert.Contains("<h1>Devices</h1>", await response.ReadHtmlAsync());
        // The keys live in the database, not in a folder of one machine.
        await using var scope = first.Services.CreateAsyncScope();
        Assert.NotEmpty(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().DataProtectionKeys.ToListAsync());
    }
}
