using System.Text;
using MmdPortal.Web.Devices.Hashes;

namespace MmdPortal.IntegrationTests;

/// <summary>Hardware-hash CSVs with valid generated hashes: seed n is always the same device.</summary>
public static class TestCsv
{
    public const string AutopilotHeader = "Device Serial Number,Windows Product ID,Hardware Hash";

    public static string Serial(int seed) => HardwareHashBuilder.SampleFacts(seed).SerialNumber!;

    public static string Hash(int seed) => HardwareHashBuilder.Build(seed);

    /// <summary>The Get-WindowsAutoPilotInfo form, one row per seed.</summary>
    public static string Autopilot(params int[] seeds)
    {
        var csv = new StringBuilder(AutopilotHeader).Append("\r\n");
        foreach (var seed in seeds) csv.Append(Serial(seed)).Append(",,").Append(Hash(seed)).Append("\r\n");
        return csv.ToString();
    }

    /// <summary>The Get-WindowsAutoPilotInfo form with extra raw rows (serial, hash) appended.</summary>
    public static string AutopilotWith(int[] seeds, params (string Serial, string Hash)[] extra)
    {
        var csv = new StringBuilder(Autopilot(seeds));
        foreach (var (serial, hash) in extra) csv.Append(serial).Append(",,").Append(hash).Append("\r\n");
        return csv.ToString();
    }
}
