using MmdPortal.Web.Cli;

namespace MmdPortal.IntegrationTests.Registrations;

/// <summary>The files a newcomer uploads first (docs/samples) do what the README promises.</summary>
public sealed class DocsSamplesTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Samples");

    [Fact]
    public void CommittedSamples_AreWhatTheGeneratorWrites()
    {
        var expected = SampleFiles.Build();

        Assert.Equal(expected.Keys.Order(), Directory.GetFiles(Folder).Select(Path.GetFileName).Order()!);
        foreach (var (name, bytes) in expected)
            Assert.True(bytes.SequenceEqual(File.ReadAllBytes(Path.Combine(Folder, name))),
                $"docs/samples/{name} is stale: run `dotnet run --project src/MmdPortal.Web -- samples \"$PWD/docs/samples\"`.");
    }

    [Fact]
    public async Task AllSamplesInOneUpload_RegisterEveryGoodDeviceAndFailTheBadRow()
    {
        var api = portal.CreateApiClient();
        using var form = new MultipartFormDataContent();
        foreach (var path in Directory.GetFiles(Folder).Order())
            form.Add(new ByteArrayContent(File.ReadAllBytes(path)), "files", Path.GetFileName(path));

        using var response = await api.PostAsync("/api/v1/registrations", form);
        var requestId = (await response.ReadJsonAsync(System.Net.HttpStatusCode.Accepted))["requestId"]!.GetValue<Guid>();
        var document = await portal.WaitUntilCompletedAsync(api, requestId);

        Assert.Equal(13, document["rowCount"]!.GetValue<int>());
        Assert.Equal(12, document["counts"]!["ReadyForUser"]!.GetValue<int>());
        var failed = Assert.Single(document["rows"]!.AsArray(), r => r!["status"]!.GetValue<string>() == "RegistrationFailed")!;
        Assert.Equal("with-a-bad-row.csv", failed["file"]!.GetValue<string>());
        Assert.Equal(4, failed["line"]!.GetValue<int>());
        Assert.Equal("HardwareHashNotValid", failed["error"]!.GetValue<string>());
        var users = await portal.GetDevicesAsync(api, "search=user1@contoso.com");
        Assert.Equal("Sales", Assert.Single(users)!["groupTag"]!.GetValue<string>());
    }
}
