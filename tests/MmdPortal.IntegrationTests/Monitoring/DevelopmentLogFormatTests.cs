using System.Text.RegularExpressions;

namespace MmdPortal.IntegrationTests.Monitoring;

/// <summary>In Development the same console sink writes lines for people to read.</summary>
public sealed partial class DevelopmentLogFormatTests(DevelopmentLogFilePortalFactory portal) : IClassFixture<DevelopmentLogFilePortalFactory>
{
    [Fact]
    public async Task Console_WritesPlainText()
    {
        using var response = await portal.CreateApiClient().GetAsync("/api/v1/devices");
        await response.ReadJsonAsync();

        var lines = LogFilePortalFactory.ReadLines(portal.ConsoleFile);
        Assert.NotEmpty(lines);
        Assert.DoesNotContain(lines, l => l.StartsWith('{'));
        Assert.Contains(lines, l => PlainRequestLine().IsMatch(l));
    }

    [GeneratedRegex(@"^\[\d\d:\d\d:\d\d INF\] Serilog\.AspNetCore\.RequestLoggingMiddleware: HTTP GET /api/v1/devices responded 200 in [0-9.]+ ms ")]
    private static partial Regex PlainRequestLine();
}
