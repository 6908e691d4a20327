using System.Diagnostics;

namespace MmdPortal.IntegrationTests.ApiReference;

/// <summary>Runs a documented example as an admin would: a separate process against the portal on Kestrel.</summary>
public static class ExternalClient
{
    /// <summary>The repository's root: the folder of dotnet-tools.json, whose tools `dotnet tool restore` installs.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Docs(string relativePath) => Path.Combine(RepositoryRoot, "docs", relativePath);

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        // pwsh as a .NET tool would otherwise try to reach its update and telemetry services.
        start.Environment["POWERSHELL_UPDATECHECK"] = "Off";
        start.Environment["POWERSHELL_TELEMETRY_OPTOUT"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(25));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} ran over 25 s.");
        }

        return (process.ExitCode, await output, await error);
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "dotnet-tools.json"))) return folder.FullName;
        throw new InvalidOperationException("No dotnet-tools.json above " + AppContext.BaseDirectory);
    }
}
