namespace MmdPortal.Web.Cli;

/// <summary>One file to merge: <paramref name="Name"/> as the admin gave it (it names the file in every message),
/// <paramref name="Path"/> in full.</summary>
internal sealed record MergeInput(string Name, string Path);

/// <summary>Turns the command line's inputs into the files to read, in order, and refuses an output that is one
/// of them.</summary>
internal static class MergeInputs
{
    // Windows and macOS file systems ignore case by default: "Out.csv" is then the same file as "out.csv".
    public static readonly StringComparer PathComparer =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>The files named by <paramref name="arguments"/>: a file as it is, a folder as its *.csv files
    /// sorted by name, each file once. Returns the usage error instead when an input does not exist or is the
    /// output. A folder's copy of the output (left by an earlier merge) is not an input and is passed over.</summary>
    public static string? Expand(IEnumerable<string> arguments, string outputPath, List<MergeInput> files, TextWriter errors)
    {
        var seen = new HashSet<string>(PathComparer);
        foreach (var argument in arguments)
        {
            var path = Path.GetFullPath(argument);
            if (Directory.Exists(path))
            {
                var csvFiles = Directory.EnumerateFiles(path)
                    .Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                    .Where(f => !PathComparer.Equals(f, outputPath))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (csvFiles.Count == 0) errors.WriteLine(MergeCommand.Printable($"{argument}: folder skipped: it holds no .csv files."));
                foreach (var file in csvFiles)
                {
                    if (seen.Add(file)) files.Add(new MergeInput(Path.Combine(argument, Path.GetFileName(file)), file));
                }
            }
            else if (File.Exists(path))
            {
                if (PathComparer.Equals(path, outputPath))
                    return $"{argument} is an input and cannot also be the output: name a new file for the merged CSV.";
                if (seen.Add(path)) files.Add(new MergeInput(argument, path));
            }
            else
            {
                // `dotnet run` starts a web project in its own folder, not in the caller's.
                return Path.IsPathRooted(argument)
                    ? $"{argument}: no such file or folder."
                    : $"{argument}: no such file or folder in {Environment.CurrentDirectory} (relative paths start there).";
            }
        }

        return null;
    }
}
