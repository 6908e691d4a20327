using System.Text.Json.Nodes;

namespace MmdPortal.UnitTests.Deployment;

/// <summary>The runtime settings the portal is built with, which its measured memory and speed depend on
/// (docs/performance.md): they live in the project file, where an edit would otherwise go unnoticed.</summary>
public sealed class PortalRuntimeSettingsTests
{
    [Theory]
    [InlineData("System.GC.Server", false)]
    [InlineData("System.GC.Concurrent", false)]
    [InlineData("System.Runtime.TieredCompilation", false)]
    public void ThePortalsRuntimeConfiguration_HasTheMeasuredSetting(string setting, bool expected)
    {
        // The build copies the portal's runtimeconfig.json next to the tests, as it is published.
        var path = Path.Combine(AppContext.BaseDirectory, "MmdPortal.Web.runtimeconfig.json");
        var properties = JsonNode.Parse(File.ReadAllText(path))!["runtimeOptions"]!["configProperties"]!;

        Assert.Equal(expected, properties[setting]?.GetValue<bool>());
    }
}
