using System.Globalization;

namespace MmdPortal.Web.Cli;

/// <summary>Verbs of the portal's executable that run instead of the web server
/// (<c>dotnet run --project src/MmdPortal.Web -- samples docs/samples</c>).</summary>
public static class PortalCommands
{
    /// <summary>Runs the verb in <paramref name="args"/>, if there is one, and returns its exit code; null means
    /// "start the portal".</summary>
    public static async Task<int?> TryRunAsync(
        string[] args, TextWriter output, TextWriter errors, CancellationToken cancellationToken = default)
    {
        if (args.Length == 0) return null;
        switch (args[0])
        {
            case "samples":
                var folder = args.Length > 1 ? args[1] : Path.Combine("docs", "samples");
                SampleFiles.Write(folder);
                output.WriteLine($"Wrote the sample CSVs to {Path.GetFullPath(folder)}");
                return 0;
            case "probe":
                return await HealthProbe.RunAsync(args[1..], output, errors, cancellationToken);
            case "merge":
                // The verb speaks English; the CSV reader's problems it passes on must not follow the workstation's
                // language (PortalText reads the current culture). Set here, it ends with this call.
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (CultureInfo.InvariantCulture, CultureInfo.InvariantCulture);
                return await RunInterruptiblyAsync(
                    token => MergeCommand.RunAsync(args[1..], output, errors, token), cancellationToken);
            default:
                return null;
        }
    }

    // Ctrl+C cancels the verb instead of killing the process, so that it can clean up after itself.
    private static async Task<int> RunInterruptiblyAsync(Func<CancellationToken, Task<int>> verb, CancellationToken cancellationToken)
    {
        using var interrupted = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void Cancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            interrupted.Cancel();
        }

        Console.CancelKeyPress += Cancel;
        try
        {
            return await verb(interrupted.Token);
        }
        finally
        {
            Console.CancelKeyPress -= Cancel;
        }
    }
}
