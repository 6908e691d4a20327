using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace MmdPortal.IntegrationTests.Monitoring;

/// <summary>The portal in <paramref name="environment"/> with its configured console sink pointed at a file (the
/// sink's name changes, its formatter stays as appsettings sets it), plus the rolling file sink of the docs.</summary>
public abstract class LogFilePortalFactory(string environment) : PortalApplicationFactory
{
    public string LogFolder { get; } = Path.Combine(Path.GetTempPath(), "mmdportal-tests", "logs-" + Guid.NewGuid().ToString("N"));

    public string ConsoleFile => Path.Combine(LogFolder, "console.txt");

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Serilog:MinimumLevel:Default"] = "Information",
    };

    private Dictionary<string, string?> Sinks => new()
    {
        ["Serilog:WriteTo:Console:Name"] = "File",
        ["Serilog:WriteTo:Console:Args:path"] = ConsoleFile,
        // As docs/observability.md turns the rolling file on.
        ["Serilog:WriteTo:File:Name"] = "File",
        ["Serilog:WriteTo:File:Args:path"] = Path.Combine(LogFolder, "portal-.json"),
        ["Serilog:WriteTo:File:Args:rollingInterval"] = "Day",
        ["Serilog:WriteTo:File:Args:retainedFileCountLimit"] = "14",
        ["Serilog:WriteTo:File:Args:fileSizeLimitBytes"] = "104857600",
        ["Serilog:WriteTo:File:Args:rollOnFileSizeLimit"] = "true",
        ["Serilog:WriteTo:File:Args:formatter:type"] = "Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(environment);
        // Not UseSetting: the test host passes settings as command-line arguments and gives every parent section
        // an empty value ("Serilog:WriteTo" = ""), which Serilog reads as a sink named "".
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(Sinks));
    }

    /// <summary>The lines written so far; the sink keeps the file open, so it is shared for reading.</summary>
    public static IReadOnlyList<string> ReadLines(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(LogFolder, recursive: true); } catch (IOException) { }
    }
}
