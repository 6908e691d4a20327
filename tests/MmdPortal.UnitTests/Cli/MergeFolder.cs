using System.Globalization;
using System.Text;
using MmdPortal.Web.Cli;
using MmdPortal.Web.Devices.Hashes;

namespace MmdPortal.UnitTests.Cli;

/// <summary>A temp folder of hardware-hash CSVs for the merge command, deleted when disposed.</summary>
public sealed class MergeFolder : IDisposable
{
    public const string IntuneHeader = "Device Serial Number,Windows Product ID,Hardware Hash,Group Tag,Assigned User";
    public const string AutopilotHeader = "Device Serial Number,Windows Product ID,Hardware Hash";

    /// <summary>What the upload and the merge say about an MMD partner file (Manufacturer, Model, Serial Number).</summary>
    public const string PartnerMessage =
        "this is a partner registration file (Manufacturer, Model, Serial Number without hardware hashes), which partners submit through their own process. To register devices yourself, upload their hardware hashes: run Get-WindowsAutoPilotInfo on each device, or ask your OEM for the AutoPilot registration file.";

    public MergeFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "mmdportal-merge", Guid.NewGuid().ToString("N"));

    public string PathOf(string name) => Path.Combine(Root, name);

    public static string Serial(int seed) => HardwareHashBuilder.SampleFacts(seed).SerialNumber!;

    public static string Hash(int seed) => HardwareHashBuilder.Build(seed);

    /// <summary>A row of the MMD form, quoted as Excel's "CSV UTF-8" writes it.</summary>
    public static string Mmd(int seed)
    {
        var facts = HardwareHashBuilder.SampleFacts(seed);
        return $"\"{facts.Manufacturer}\",\"{facts.Model}\",\"{facts.SerialNumber}\",\"{Hash(seed)}\"";
    }

    /// <summary>Writes <paramref name="lines"/> with CRLF endings in <paramref name="encoding"/>, with its BOM when
    /// <paramref name="bom"/>; returns the file's full path.</summary>
    public string Write(string name, Encoding encoding, bool bom, params string[] lines)
    {
        var text = string.Concat(lines.Select(l => l + "\r\n"));
        var path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bom ? [.. encoding.GetPreamble(), .. encoding.GetBytes(text)] : encoding.GetBytes(text));
        return path;
    }

    public string WriteUtf8(string name, params string[] lines) => Write(name, new UTF8Encoding(false), bom: false, lines);

    public async Task<MergeRun> MergeAsync(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var errors = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = await PortalCommands.TryRunAsync(["merge", .. args], output, errors);
        return new MergeRun(exitCode, output.ToString(), errors.ToString());
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

/// <summary>What one run of the merge command returned and printed.</summary>
public sealed record MergeRun(int? ExitCode, string Output, string ErrorText)
{
    public string[] Errors => ErrorText.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
}
