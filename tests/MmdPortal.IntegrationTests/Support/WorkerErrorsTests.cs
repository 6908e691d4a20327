using System.Net;
using MmdPortal.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MmdPortal.IntegrationTests.Support;

/// <summary>A failed registration pass is stored under the Request ID of each upload it was working for.</summary>
public sealed class WorkerErrorsTests(ManualWorkerPortalFactory portal) : IClassFixture<ManualWorkerPortalFactory>
{
    [Fact]
    public async Task FailedPass_IsFoundUnderThePendingUploadsRequestId()
    {
        var requestId = await portal.RegisterAsync(portal.CreateApiClient(), ("pending.csv", TestCsv.Autopilot(9201)));

        await portal.Services.GetRequiredService<ErrorRecorder>().RecordWorkerFailureAsync(new TimeoutException("database is locked"));

        await portal.CreateUserAsync("desk@provider.test", "Support-Password-1", "Support");
        var support = await portal.SignedInClientAsync("desk@provider.test", "Support-Password-1", landing: "/Support");
        var found = WebUtility.HtmlDecode(await (await support.GetAsync($"/Support?id={requestId}")).ReadHtmlAsync());
        Assert.Contains("registration worker pass", found);
        Assert.Contains("System.TimeoutException", found);
        Assert.Contains("database is locked", found);
        Assert.Contains("RegistrationPending", found);
    }
}
