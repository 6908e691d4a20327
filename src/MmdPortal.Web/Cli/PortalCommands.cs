namespace MmdPortal.Web.Cli;

/// <summary>Verbs of the portal's executable that run instead of the web server
/// (<c>dotnet run --project src/MmdPortal.Web -- samples docs/samples</c>).</summary>
public static class PortalCommands
{
    /// <summary>Runs the verb in <paramref name="args"/>, if there is one; false means "start the portal".</summary>
    public static bool TryRun(string[] args, TextWriter output)
    {
        if (args.Length == 0) return false;
        switch (args[0])
        {
            case "samples":
                var folder = args.Length > 1 ? args[1] : Path.Combine("docs", "samples");
                SampleFiles.Write(folder);
                output.WriteLine($"Wrote the sample CSVs to {Path.GetFullPath(folder)}");
                return true;
            default:
                return false;
        }
    }
}
