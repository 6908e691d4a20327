using System.Text.Json;

namespace MmdPortal.IntegrationTests.Monitoring;

/// <summary>Outside Development the console writes one JSON object per event, for a log collector; the optional
/// rolling file writes when configured.</summary>
public sealed class ProductionLogFormatTests(ProductionLogFilePortalFactory portal) : IClassFixture<ProductionLogFilePortalFactory>
{
    [Fact]
    public async Task Console_WritesRenderedCompactJson()
    {
        using var response = await portal.CreateApiClient().GetAsync("/api/v1/devices");
        await response.ReadJsonAsync();

        var events = LogFilePortalFactory.ReadLines(portal.ConsoleFile).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var completion = events.Last(e => e.TryGetProperty("RequestPath", out var path) && path.GetString() == "/api/v1/devices");
        Assert.StartsWith("HTTP \"GET\" \"/api/v1/devices\" responded 200 in ", completion.GetProperty("@m").GetString());
        Assert.Equal(200, completion.GetProperty("StatusCode").GetInt32());
        Assert.True(completion.GetProperty("Elapsed").GetDouble() > 0);
        Assert.NotEmpty(completion.GetProperty("RequestId").GetString()!);
        Assert.Equal("Contoso", completion.GetProperty("OrganizationName").GetString());
        Assert.All(events, e => Assert.True(e.TryGetProperty("@t", out _)));
    }

    [Fact]
    public async Task RollingFile_WritesCompactJsonToADatedFile()
    {
        using var response = await portal.CreateApiClient().GetAsync("/api/v1/devices");
        await response.ReadJsonAsync();

        var file = Assert.Single(Directory.GetFiles(portal.LogFolder, "portal-*.json"));
        Assert.Matches(@"portal-\d{8}\.json$", file);
        var events = LogFilePortalFactory.ReadLines(file).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(events, e => e.GetProperty("@mt").GetString()!.StartsWith("HTTP {RequestMethod}", StringComparison.Ordinal));
    }
}
