using System.Text;
using System.Text.Json.Nodes;

namespace MmdPortal.IntegrationTests.ApiReference;

/// <summary>The upload scripts that docs/api.md gives admins, run for real: PowerShell 7 from the repository's tool
/// manifest (`dotnet tool restore`), and curl, against the portal on Kestrel.</summary>
public sealed class DocumentedExamplesTests(KestrelPortal portal) : IClassFixture<KestrelPortal>
{
    [Theory]
    [InlineData(false, 8201)]
    [InlineData(true, 8211)] // the Windows PowerShell 5.1 way, without -Form
    public async Task PowerShellScript_UploadsAutopilotOutputInUtf16_AndWaitsForTheDevices(bool withoutForm, int seed)
    {
        var folder = Directory.CreateTempSubdirectory("mmdportal-ps-").FullName;
        var first = Path.Combine(folder, "devices.csv");
        var second = Path.Combine(folder, "more devices.csv");
        // Get-WindowsAutoPilotInfo -OutputFile on Windows PowerShell writes with Out-File: UTF-16 LE with a BOM.
        await File.WriteAllTextAsync(first, TestCsv.Autopilot(seed, seed + 1), Encoding.Unicode);
        await File.WriteAllTextAsync(second, TestCsv.Autopilot(seed + 2), Encoding.Unicode);
        // As an admin types it at a PowerShell prompt, two files in one request.
        var command = $"& {Quote(ExternalClient.Docs("examples/Register-Devices.ps1"))} -PortalUrl {Quote(portal.BaseUrl)} " +
            $"-ApiKey {Quote(PortalApplicationFactory.AdminKey)} -Path {Quote(first)}, {Quote(second)} -TimeoutSeconds 20" +
            (withoutForm ? " -WithoutForm" : "") + " | ConvertTo-Json -Depth 5";

        var (exitCode, output, error) = await ExternalClient.RunAsync("dotnet", ["pwsh", "-NoProfile", "-NonInteractive", "-Command", command]);

        Assert.True(exitCode == 0, $"pwsh exited {exitCode} (is PowerShell restored? run `dotnet tool restore`): {error}{output}");
        var request = JsonNode.Parse(output)!;
        Assert.Equal("Completed", request["status"]!.GetValue<string>());
        Assert.Equal(["devices.csv", "more devices.csv"], request["files"]!.AsArray().Select(f => f!.GetValue<string>()));
        using var api = portal.CreateApiClient();
        var devices = await portal.GetDevicesAsync(api);
        foreach (var s in new[] { seed, seed + 1, seed + 2 })
            Assert.Contains(devices, d => d!["serialNumber"]!.GetValue<string>() == TestCsv.Serial(s)
                && d["status"]!.GetValue<string>() == "ReadyForUser");
    }

    private static string Quote(string value) => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";

    [Fact]
    public async Task CurlScript_UploadsTwoFiles_AndPrintsTheCompletedRequest()
    {
        Assert.True(File.Exists("/usr/bin/curl"), "curl is missing: `apt-get install -y curl` (docs/api.md's examples use it).");
        var folder = Directory.CreateTempSubdirectory("mmdportal-curl-").FullName;
        var first = Path.Combine(folder, "a.csv");
        var second = Path.Combine(folder, "b.csv");
        await File.WriteAllTextAsync(first, TestCsv.Autopilot(8221));
        await File.WriteAllTextAsync(second, TestCsv.Autopilot(8222));

        var (exitCode, output, error) = await ExternalClient.RunAsync("bash", [ExternalClient.Docs("examples/register-devices.sh"), first, second],
            new Dictionary<string, string> { ["PORTAL_URL"] = portal.BaseUrl, ["MMDPORTAL_KEY"] = PortalApplicationFactory.AdminKey });

        Assert.True(exitCode == 0, $"register-devices.sh exited {exitCode}: {error}{output}");
        var request = JsonNode.Parse(output)!;
        Assert.Equal("Completed", request["status"]!.GetValue<string>());
        Assert.Equal(["a.csv", "b.csv"], request["files"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(2, request["counts"]!["ReadyForUser"]!.GetValue<int>());
    }
}
