using System.Net;
using MmdPortal.Web.Devices;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using static MmdPortal.IntegrationTests.Monitoring.CapturedLogEvents;

namespace MmdPortal.IntegrationTests.Monitoring;

/// <summary>One completion event per request, and every event of a request says which request, organisation and
/// user it belongs to.</summary>
public sealed class RequestLoggingTests(LoggingPortalFactory portal) : IClassFixture<LoggingPortalFactory>
{
    [Fact]
    public async Task ApiCall_CompletionEventHasMethodPathStatusElapsedAndWho()
    {
        using var response = await portal.CreateApiClient().GetAsync("/api/v1/devices?pageSize=5");
        await response.ReadJsonAsync();

        // Last: the class's failing-call test logs this path too (with 500).
        var completion = portal.Events.Completions("/api/v1/devices").Last(e => Text(e, "StatusCode") == "200");
        Assert.Equal(LogEventLevel.Information, completion.Level);
        Assert.Equal("GET", Text(completion, "RequestMethod"));
        Assert.Equal("200", Text(completion, "StatusCode"));
        Assert.IsType<double>(((ScalarValue)completion.Properties["Elapsed"]).Value);
        Assert.False(string.IsNullOrEmpty(Text(completion, "RequestId")));
        Assert.Equal("Contoso", Text(completion, "OrganizationName"));
        Assert.Matches("^[0-9]+$", Text(completion, "OrganizationId"));
        Assert.Equal("API key 'Bootstrap admin key'", Text(completion, "UserName"));
    }

    [Fact]
    public async Task Upload_EveryEventOfTheRequestCarriesItsRequestIdOrganizationAndUser()
    {
        await portal.RegisterAsync(portal.CreateApiClient(), ("a.csv", TestCsv.Autopilot(7101)));

        var completion = portal.Events.Completions("/api/v1/registrations").Last();
        var accepted = Assert.Single(portal.Events.All, e => e.MessageTemplate.Text.StartsWith("Accepted {RowCount}", StringComparison.Ordinal));
        Assert.Equal(Text(completion, "RequestId"), Text(accepted, "RequestId"));
        Assert.Equal("Contoso", Text(accepted, "OrganizationName"));
        Assert.Equal("API key 'Bootstrap admin key'", Text(accepted, "UserName"));
        Assert.NotNull(Text(accepted, "RegistrationRequestId"));
    }

    [Fact]
    public async Task SignedInPage_CompletionEventNamesTheUser()
    {
        var browser = await portal.SignedInClientAsync();

        using var response = await browser.GetAsync("/Requests");
        await response.ReadHtmlAsync();

        var completion = portal.Events.Completions("/Requests").Last();
        Assert.Equal(PortalApplicationFactory.AdminUser, Text(completion, "UserName"));
        Assert.Equal("Contoso", Text(completion, "OrganizationName"));
    }

    [Fact]
    public async Task ProbesAndStaticFiles_AreLoggedAtDebugOnly()
    {
        var client = portal.CreateClient();

        using var live = await client.GetAsync("/healthz/live");
        using var ready = await client.GetAsync("/healthz/ready");
        using var css = await client.GetAsync("/css/site.css");
        using var signIn = await client.GetAsync("/Account/SignIn");

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal(LogEventLevel.Debug, portal.Events.Completions("/healthz/live").Last().Level);
        Assert.Equal(LogEventLevel.Debug, portal.Events.Completions("/healthz/ready").Last().Level);
        Assert.Equal(LogEventLevel.Debug, portal.Events.Completions("/css/site.css").Last().Level);
        Assert.Equal(LogEventLevel.Information, portal.Events.Completions("/Account/SignIn").Last().Level);
    }

    [Fact]
    public async Task FailingApiCall_ErrorIsLoggedUnderTheRequestIdTheUserWasShown()
    {
        var events = new CapturedLogEvents();
        using var factory = portal.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILogEventSink>(events);
            services.AddScoped<DeviceList>(_ => throw new InvalidOperationException("simulated bug"));
        }));
        using var api = factory.CreateClient();
        api.DefaultRequestHeaders.Add("X-Api-Key", PortalApplicationFactory.AdminKey);

        using var response = await api.GetAsync("/api/v1/devices");

        var shown = (await response.ReadJsonAsync(HttpStatusCode.InternalServerError))["requestId"]!.GetValue<string>();
        var errors = events.All.Where(e => e.Exception is InvalidOperationException { Message: "simulated bug" }
            && !e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, error =>
        {
            Assert.Equal(LogEventLevel.Error, error.Level);
            Assert.Equal(shown, Text(error, "RequestId"));
            Assert.Equal("Contoso", Text(error, "OrganizationName"));
        });
        var completion = Assert.Single(events.Completions("/api/v1/devices"));
        Assert.Equal(LogEventLevel.Error, completion.Level);
        Assert.Equal("500", Text(completion, "StatusCode"));
        Assert.Equal(shown, Text(completion, "RequestId"));
    }
}
