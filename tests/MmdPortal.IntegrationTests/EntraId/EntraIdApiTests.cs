using System.Net;
using MmdPortal.Web.Accounts;
using Microsoft.IdentityModel.Tokens;
using static MmdPortal.IntegrationTests.EntraId.EntraIdPortalFactory;

namespace MmdPortal.IntegrationTests.EntraId;

/// <summary>The API with Entra bearer tokens, signed by a local test key in place of Entra's.</summary>
public sealed class EntraIdApiTests : IClassFixture<EntraIdPortalFactory>, IAsyncLifetime
{
    private readonly EntraIdPortalFactory _portal;

    public EntraIdApiTests(EntraIdPortalFactory portal) => _portal = portal;

    // The API never creates organisations: their first admins have signed in to the pages.
    public async Task InitializeAsync()
    {
        await _portal.SignInUserAsync(ValidatedUser(Fabrikam, EntraAppRoles.Admin));
        await _portal.SignInUserAsync(ValidatedUser(Tailspin, EntraAppRoles.Admin));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AdminRole_RegistersDevices()
    {
        using var admin = _portal.CreateBearerClient(CreateToken(Fabrikam, [EntraAppRoles.Admin]));

        var requestId = await _portal.RegisterAsync(admin, ("fabrikam.csv", TestCsv.Autopilot(9101)));
        var document = await _portal.WaitUntilCompletedAsync(admin, requestId);

        Assert.Equal("Completed", document["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task ReaderRole_ReadsButCannotRegister()
    {
        using var reader = _portal.CreateBearerClient(CreateToken(Fabrikam, [EntraAppRoles.Reader]));

        using var devices = await reader.GetAsync("/api/v1/devices");
        using var upload = await _portal.UploadAsync(reader, ("a.csv", TestCsv.Autopilot(9102)));

        Assert.Equal(HttpStatusCode.OK, devices.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
    }

    [Fact]
    public async Task NoAppRole_Is403()
    {
        using var nobody = _portal.CreateBearerClient(CreateToken(Fabrikam, []));

        using var devices = await nobody.GetAsync("/api/v1/devices");

        Assert.Equal(HttpStatusCode.Forbidden, devices.StatusCode);
    }

    [Fact]
    public async Task TenantNotAllowed_Is401()
    {
        using var stranger = _portal.CreateBearerClient(CreateToken(NotAllowed, [EntraAppRoles.Admin]));

        using var devices = await stranger.GetAsync("/api/v1/devices");
        using var upload = await _portal.UploadAsync(stranger, ("a.csv", TestCsv.Autopilot(9103)));

        Assert.Equal(HttpStatusCode.Unauthorized, devices.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, upload.StatusCode);
    }

    [Theory]
    [InlineData("wrong-key")]
    [InlineData("wrong-audience")]
    public async Task TokenNotForThePortal_Is401(string flaw)
    {
        var token = flaw == "wrong-key"
            ? CreateToken(Fabrikam, [EntraAppRoles.Admin], key: new SymmetricSecurityKey(new byte[32]))
            : CreateToken(Fabrikam, [EntraAppRoles.Admin], audience: "api://someone-else");
        using var client = _portal.CreateBearerClient(token);

        using var devices = await client.GetAsync("/api/v1/devices");

        Assert.Equal(HttpStatusCode.Unauthorized, devices.StatusCode);
    }

    [Fact]
    public async Task AnotherTenant_SeesNoneOfItsDevices()
    {
        using var fabrikam = _portal.CreateBearerClient(CreateToken(Fabrikam, [EntraAppRoles.Admin]));
        using var tailspin = _portal.CreateBearerClient(CreateToken(Tailspin, [EntraAppRoles.Admin]));
        var requestId = await _portal.RegisterAsync(fabrikam, ("fabrikam.csv", TestCsv.Autopilot(9104)));
        var document = await _portal.WaitUntilCompletedAsync(fabrikam, requestId);
        var deviceId = document["rows"]![0]!["deviceId"]!.GetValue<Guid>();

        using var device = await tailspin.GetAsync($"/api/v1/devices/{deviceId}");
        using var request = await tailspin.GetAsync($"/api/v1/registrations/{requestId}");
        using var own = await fabrikam.GetAsync($"/api/v1/devices/{deviceId}");

        Assert.Equal(HttpStatusCode.NotFound, device.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, request.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task ApiKeys_StillWorkBesideEntra()
    {
        using var client = _portal.CreateApiClient();

        using var devices = await client.GetAsync("/api/v1/devices");

        Assert.Equal(HttpStatusCode.OK, devices.StatusCode);
    }
}
