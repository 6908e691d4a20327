namespace MmdPortal.IntegrationTests.Localization;

/// <summary>A portal with one completed upload (two devices that register, one bad hash), made once per test
/// class: the language tests only read pages, so they share it.</summary>
public sealed class SeededPortal : PortalApplicationFactory
{
    private Task<(Guid RequestId, Guid DeviceId)>? _seed;

    public Task<(Guid RequestId, Guid DeviceId)> SeedAsync() => _seed ??= RegisterAsync();

    private async Task<(Guid RequestId, Guid DeviceId)> RegisterAsync()
    {
        var api = CreateApiClient();
        var requestId = await RegisterAsync(api, ("languages.csv", TestCsv.AutopilotWith([7001, 7002], ("LANGUAGE-BAD", "T0E="))));
        var document = await WaitUntilCompletedAsync(api, requestId);
        return (requestId, document["rows"]![0]!["deviceId"]!.GetValue<Guid>());
    }
}
