using System.Net;

namespace MmdPortal.IntegrationTests.Organizations;

public sealed class LowApiRateLimitPortalFactory : PortalApplicationFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["ApiKeys:RequestsPerMinute"] = "3" };
}

/// <summary>Each key has its own budget of calls per minute; one key's excess does not slow another key.</summary>
public sealed class ApiKeyRateLimitTests(LowApiRateLimitPortalFactory portal) : IClassFixture<LowApiRateLimitPortalFactory>
{
    [Fact]
    public async Task TooManyCallsWithOneKey_Are429WithRetryAfter_OtherKeysUnaffected()
    {
        var busy = portal.CreateApiClient(await portal.CreateApiKeyAsync("admin"));
        var other = portal.CreateApiClient(await portal.CreateApiKeyAsync("read"));
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync(i % 2 == 0 ? "/api/v1/devices" : "/api/v1/registrations")).StatusCode);

        using var limited = await busy.GetAsync("/api/v1/devices");
        using var limitedUpload = await portal.UploadAsync(busy, ("a.csv", TestCsv.Autopilot(9201)));
        using var otherKey = await other.GetAsync("/api/v1/devices");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {limited.Headers.RetryAfter}");
        Assert.Equal(HttpStatusCode.TooManyRequests, limitedUpload.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherKey.StatusCode);
    }
}
