using MmdPortal.Web.Cli;

namespace MmdPortal.IntegrationTests.Lifecycle;

/// <summary>The operator's demo: a share of the devices checks in now, another share long ago and shows as Inactive.</summary>
public sealed class SimulatingCheckInsTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task SimulateCheckIns_MakesTheShareActiveAndTheStaleShareInactive()
    {
        var api = portal.CreateApiClient();
        await portal.WaitUntilCompletedAsync(api, await portal.RegisterAsync(api, ("ten.csv", TestCsv.Autopilot([.. Enumerable.Range(7201, 10)]))));

        var (code, output, errors) = await RunAsync("simulate-checkins", "--organization", "contoso", "--share", "60", "--stale", "20");

        Assert.True(code == 0, errors);
        Assert.Contains("6 checked in within the last hour, 2 more than a day", output);
        var statuses = (await portal.GetDevicesAsync(api)).Select(d => d!["status"]!.GetValue<string>()).ToList();
        Assert.Equal(6, statuses.Count(s => s == "Active"));
        Assert.Equal(2, statuses.Count(s => s == "Inactive"));
        Assert.Equal(2, statuses.Count(s => s == "ReadyForUser"));
        Assert.All((await portal.GetDevicesAsync(api, "status=Active")).Concat(await portal.GetDevicesAsync(api, "status=Inactive")),
            d => Assert.EndsWith("@contoso.example", d!["primaryUser"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("--share", "80", "--stale", "30")]
    [InlineData("--share", "-1")]
    [InlineData("--stale", "many")]
    public async Task SimulateCheckIns_SharesThatAreNotPercentages_AreRefusedWithTheUsage(params string[] shares)
    {
        var (code, _, errors) = await RunAsync(["simulate-checkins", "--organization", "Contoso", .. shares]);

        Assert.Equal(2, code);
        Assert.Contains("percentages", errors);
    }

    [Fact]
    public async Task SimulateCheckIns_UnknownOrganization_IsRefused()
    {
        var (code, _, errors) = await RunAsync("simulate-checkins", "--organization", "Nobody");

        Assert.Equal(1, code);
        Assert.Contains("no organization named 'Nobody'", errors);
    }

    private async Task<(int Code, string Output, string Errors)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = await OperatorCommands.RunAsync(portal.Services, args, output, errors, CancellationToken.None);
        return (code, output.ToString(), errors.ToString());
    }
}
