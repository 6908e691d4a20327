using System.Globalization;

namespace MmdPortal.Web.Cli;

/// <summary>The <c>merge</c> verb: many hardware-hash CSVs, in every form and encoding the upload takes, into one
/// clean UTF-8 CSV in the Intune form, each device once. Problems go to the error output, one line each; the
/// summary to the output. See docs/merge.md.</summary>
public static class MergeCommand
{
    public const string Usage = """
        Usage: merge <output.csv> <input.csv|folder> [<input.csv|folder> ...]
          Reads every input (a folder: its *.csv files, by name) as an upload does and writes one UTF-8 CSV in the
          Intune form (Device Serial Number,Windows Product ID,Hardware Hash,Group Tag,Assigned User), each device
          once. Rows whose hardware hash is not valid, repeats and files that cannot be used are left out and
          reported, one line each. Exit code: 0 written, 1 nothing written, 2 usage error.
          `dotnet run --project src/MmdPortal.Web -- merge ...` runs in src/MmdPortal.Web: give full paths
          ("$PWD/devices.csv").
        """;

    /// <summary>The exit code of a merge stopped by Ctrl+C, as shells report a process ended by SIGINT.</summary>
    public const int Interrupted = 130;

    /// <summary>Runs the verb with the arguments after <c>merge</c>; returns the process exit code.</summary>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, TextWriter output, TextWriter errors, CancellationToken cancellationToken = default)
    {
        if (args is ["-h" or "--help"])
        {
            output.WriteLine(Usage);
            return 0;
        }
        if (args.Count < 2)
        {
            errors.WriteLine(Usage);
            return 2;
        }

        var outputName = args[0];
        var outputPath = Path.GetFullPath(outputName);
        if (Directory.Exists(outputPath)) return Refuse(errors, $"the output {outputName} is a folder: name a .csv file.");
        var inputs = new List<MergeInput>();
        if (MergeInputs.Expand(args.Skip(1), outputPath, inputs, errors) is { } refusal) return Refuse(errors, refusal);

        // Written beside the output and moved over it at the end: a failed merge leaves an earlier output as it was.
        var folder = Path.GetDirectoryName(outputPath)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(outputPath)}.{Path.GetRandomFileName()}.tmp");
        var merger = new HashFileMerger(errors);
        try
        {
            Directory.CreateDirectory(folder);
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, useAsync: true))
                await merger.MergeAsync(inputs, stream, cancellationToken);
            if (merger.Devices == 0)
            {
                errors.WriteLine(Printable($"Nothing merged: no input held a device row that can be registered, so {outputName} was not written."));
                return 1;
            }

            File.Move(temporary, outputPath, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine(Printable($"merge: {ex.Message} {outputName} was not written."));
            return 1;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            errors.WriteLine(Printable($"merge: interrupted; {outputName} was not written."));
            return Interrupted;
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }

        var files = merger.FilesMerged == inputs.Count
            ? Count(inputs.Count, "file", "files")
            : $"{merger.FilesMerged} of {Count(inputs.Count, "file", "files")}";
        output.WriteLine(Printable(
            $"Merged {Count(merger.Devices, "device", "devices")} from {files} into {outputName}; skipped {Count(merger.Duplicates, "duplicate", "duplicates")} and {Count(merger.RowProblems, "row", "rows")} with problems."));
        return 0;
    }

    /// <summary>The text with control characters replaced: file names and cell values are shown on a terminal,
    /// where an escape sequence from a file must not act.</summary>
    internal static string Printable(string text) =>
        text.Any(char.IsControl) ? new string([.. text.Select(c => char.IsControl(c) ? '?' : c)]) : text;

    private static int Refuse(TextWriter errors, string problem)
    {
        errors.WriteLine(Printable($"merge: {problem}"));
        return 2;
    }

    private static string Count(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");
}
