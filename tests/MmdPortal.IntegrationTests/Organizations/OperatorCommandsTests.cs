using System.Net;
using MmdPortal.Web.Cli;

namespace MmdPortal.IntegrationTests.Organizations;

/// <summary>The operator creates organisations, their first admins and support accounts from the command line.</summary>
public sealed class OperatorCommandsTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task OrgAdd_CreatesAnOrganizationWhoseAdminSeesOnlyItsOwnDevices()
    {
        var (code, output, _) = await RunAsync("org", "add", "Fabrikam", "--admin", "admin@fabrikam.test",
            "--password", "Fabrikam-Password-1", "--api-key");
        Assert.Equal(0, code);
        var key = output.Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("mmd_", StringComparison.Ordinal));
        var fabrikamApi = portal.CreateApiClient(key);
        var contosoApi = portal.CreateApiClient();
        await portal.WaitUntilCompletedAsync(fabrikamApi, await portal.RegisterAsync(fabrikamApi, ("f.csv", TestCsv.Autopilot(9301))));
        await portal.WaitUntilCompletedAsync(contosoApi, await portal.RegisterAsync(contosoApi, ("c.csv", TestCsv.Autopilot(9302))));

        var fabrikam = await portal.SignedInClientAsync("admin@fabrikam.test", "Fabrikam-Password-1");
        var blade = await (await fabrikam.GetAsync("/Devices")).ReadHtmlAsync();
        var (listCode, list, _) = await RunAsync("org", "list");

        Assert.Contains("Created organization", output);
        Assert.Contains(TestCsv.Serial(9301), blade);
        Assert.DoesNotContain(TestCsv.Serial(9302), blade);
        Assert.Equal(0, listCode);
        Assert.Contains("\tFabrikam", list);
        Assert.Contains("\tContoso", list);
    }

    [Fact]
    public async Task SupportUser_SignsInWithoutAnOrganizationAndIsDeniedTheBlade()
    {
        var (code, _, _) = await RunAsync("user", "add", "support@provider.test", "--support", "--password", "Support-Password-1");
        Assert.Equal(0, code);
        var client = portal.CreateClient();

        using var response = await SignIn.SignInAsync(client, "support@provider.test", "Support-Password-1");
        using var blade = await client.GetAsync("/Devices");

        Assert.Equal("/Support", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, blade.StatusCode);
        Assert.Equal("/Account/Denied", blade.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task UserAdd_WithOrganizationAndRole_CreatesAUserWhoCanSignIn()
    {
        var (code, output, errors) = await RunAsync("user", "add", "ops.reader@contoso.test", "--org", "contoso", "--role", "reader",
            "--password", "Reader-Password-1");

        Assert.True(code == 0, errors);
        Assert.Contains("as Reader of contoso", output);
        var reader = await portal.SignedInClientAsync("ops.reader@contoso.test", "Reader-Password-1");
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync("/Users")).StatusCode);
    }

    [Theory]
    [InlineData(2, "org")]
    [InlineData(2, "org", "remove", "Contoso")]
    [InlineData(2, "org", "add", "X", "--admin", "a@x.test")]
    [InlineData(2, "org", "add", "X", "--colour", "blue")]
    [InlineData(2, "user", "add", "u@x.test", "--password", "Some-Password-1")]
    [InlineData(2, "user", "add", "u@x.test", "--org", "Contoso", "--role", "Support", "--password", "Some-Password-1")]
    [InlineData(2, "user", "add", "u@x.test", "--support", "--org", "Contoso", "--password", "Some-Password-1")]
    [InlineData(2, "user", "add", "u@x.test", "--password")]
    [InlineData(1, "org", "add", "CONTOSO")]
    [InlineData(1, "user", "add", "u@x.test", "--org", "Nowhere", "--role", "Admin", "--password", "Some-Password-1")]
    [InlineData(1, "user", "add", "u@x.test", "--support", "--password", "short")]
    public async Task WrongOrRefusedCommands_SayWhyWithTheirExitCode(int expected, params string[] args)
    {
        var (code, output, errors) = await RunAsync(args);

        Assert.Equal(expected, code);
        Assert.Equal("", output);
        Assert.NotEqual("", errors.Trim());
    }

    [Fact]
    public async Task OrgAdd_WithAnAdminThatCannotBeCreated_LeavesNoOrganization()
    {
        var (code, _, errors) = await RunAsync("org", "add", "Halfway", "--admin", "admin@halfway.test", "--password", "short");
        var (_, list, _) = await RunAsync("org", "list");

        Assert.Equal(1, code);
        Assert.Contains("password", errors);
        Assert.DoesNotContain("Halfway", list);
    }

    [Fact]
    public async Task OrgDelete_RemovesEverythingItOwnsAndFreesItsHardware()
    {
        var (added, output, _) = await RunAsync("org", "add", "Tailspin", "--api-key");
        Assert.Equal(0, added);
        var tailspin = portal.CreateApiClient(output.Trim().Split('\n')[^1].Trim());
        await portal.WaitUntilCompletedAsync(tailspin, await portal.RegisterAsync(tailspin, ("t.csv", TestCsv.Autopilot(9501))));
        var before = await portal.CountAllAsync();

        var (refused, _, _) = await RunAsync("org", "delete", "Tailspin");
        var (deleted, said, _) = await RunAsync("org", "delete", "tailspin", "--confirm", "Tailspin");

        Assert.Equal(2, refused);
        Assert.Equal(0, deleted);
        Assert.Contains("and its 1 devices", said);
        Assert.Equal(before.Devices - 1, (await portal.CountAllAsync()).Devices);
        using var gone = await tailspin.GetAsync("/api/v1/devices");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, gone.StatusCode);
        // The hardware is free: Contoso registers the same device.
        var contoso = portal.CreateApiClient();
        var document = await portal.WaitUntilCompletedAsync(contoso, await portal.RegisterAsync(contoso, ("again.csv", TestCsv.Autopilot(9501))));
        Assert.Equal("ReadyForUser", document["rows"]![0]!["status"]!.GetValue<string>());
    }

    private async Task<(int Code, string Output, string Errors)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = await OperatorCommands.RunAsync(portal.Services, args, output, errors, CancellationToken.None);
        return (code, output.ToString(), errors.ToString());
    }
}
