using System.Net;

namespace MmdPortal.IntegrationTests.Registrations;

public sealed class TinyBodyPortalFactory : PortalApplicationFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Upload:MaxBytes"] = "20000" };
}

/// <summary><c>Upload:MaxBytes</c> bounds an upload's body; beyond it the upload is refused and nothing is stored.</summary>
public sealed class UploadSizeLimitTests(TinyBodyPortalFactory portal) : IClassFixture<TinyBodyPortalFactory>
{
    [Fact]
    public async Task BodyOverTheLimit_Is413SayingTheLimitAndStoresNothing()
    {
        var before = await portal.CountAllAsync();

        using var response = await portal.UploadAsync(portal.CreateApiClient(), ("big.csv", TestCsv.Autopilot(1, 2, 3, 4, 5, 6, 7, 8)));

        var problem = await response.ReadJsonAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("larger than 20,000 bytes", problem["detail"]!.GetValue<string>());
        Assert.Equal(before, await portal.CountAllAsync());
    }

    [Fact]
    public async Task DeclaredLengthOverTheLimit_Is413BeforeReading()
    {
        using var content = new ByteArrayContent(new byte[30_000]);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");

        using var response = await portal.CreateApiClient().PostAsync("/api/v1/registrations", content);

        var problem = await response.ReadJsonAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("larger than 20,000 bytes", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task BodyUnderTheLimit_IsAccepted()
    {
        using var response = await portal.UploadAsync(portal.CreateApiClient(), ("small.csv", TestCsv.Autopilot(9, 10)));

        await response.ReadJsonAsync(HttpStatusCode.Accepted);
    }
}
