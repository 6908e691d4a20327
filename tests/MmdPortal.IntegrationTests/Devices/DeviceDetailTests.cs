using System.Net;

namespace MmdPortal.IntegrationTests.Devices;

/// <summary>The device page shows what the hardware hash itself says, decoded.</summary>
public sealed class DeviceDetailTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    private static readonly string TestData = Path.Combine(AppContext.BaseDirectory, "TestData");

    [Fact]
    public async Task RealSurfaceLaptopHash_ShowsItsDecodedFacts()
    {
        var api = portal.CreateApiClient();
        var hash = File.ReadAllText(Path.Combine(TestData, "surface-laptop-complete-hash.b64")).Trim();
        var csv = $"Manufacturer,Model,Serial Number,Hardware Hash\r\nMicrosoft Corporation,Surface Laptop,016520771357,{hash}\r\n";
        var document = await portal.WaitUntilCompletedAsync(api, await portal.RegisterAsync(api, ("surface.csv", csv)));
        var id = document["rows"]![0]!["deviceId"]!.GetValue<Guid>();

        var html = await (await (await portal.SignedInClientAsync()).GetAsync($"/Devices/{id}")).ReadHtmlAsync();

        Assert.Contains("Ready for user", html);
        Assert.Contains("<dt>SMBIOS UUID</dt><dd>2a856e34-c6b7-50dd-00eb-023e169e132d</dd>", html);
        Assert.Contains("bc:83:85:ec:4f:bb, bc:83:85:ec:4f:bc", html);
        Assert.Contains("<dt>TPM version</dt><dd>2.0</dd>", html);
        Assert.Contains("<dt>OS build</dt><dd>10.0.17763.288</dd>", html);
        Assert.Contains("surface.csv", html);
        Assert.DoesNotContain(hash[..100], html);
    }

    [Fact]
    public async Task PublishedSampleWithItsCutShortHash_IsHardwareHashNotValidNamingTheChecksum()
    {
        var api = portal.CreateApiClient();
        var sample = File.ReadAllBytes(Path.Combine(TestData, "device-registration-sample-self.csv"));
        using var form = new MultipartFormDataContent { { new ByteArrayContent(sample), "files", "device-registration-sample-self.csv" } };
        using var response = await api.PostAsync("/api/v1/registrations", form);
        var requestId = (await response.ReadJsonAsync(HttpStatusCode.Accepted))["requestId"]!.GetValue<Guid>();

        var row = (await portal.WaitUntilCompletedAsync(api, requestId))["rows"]![0]!;

        Assert.Equal("HardwareHashNotValid", row["error"]!.GetValue<string>());
        Assert.Contains("checksum", row["detail"]!.GetValue<string>());
        var html = await (await (await portal.SignedInClientAsync()).GetAsync($"/Devices/{row["deviceId"]!.GetValue<Guid>()}")).ReadHtmlAsync();
        Assert.Contains("Not valid:", html);
        Assert.Contains("016520771357", html);
    }

    [Fact]
    public async Task UnknownDevice_IsNotFound()
    {
        using var response = await (await portal.SignedInClientAsync()).GetAsync($"/Devices/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
