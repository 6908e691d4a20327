using System.Globalization;
using System.Text;
using MmdPortal.Web.Devices.Hashes;

namespace MmdPortal.Web.Cli;

/// <summary>The sample CSVs in docs/samples, built from generated but structurally valid hardware hashes, in the
/// forms and encodings admins really upload. A test checks that the committed files are exactly these.</summary>
public static class SampleFiles
{
    public static IReadOnlyDictionary<string, byte[]> Build() => new Dictionary<string, byte[]>(StringComparer.Ordinal)
    {
        // Get-WindowsAutoPilotInfo -GroupTag -AssignedUser, as PowerShell 7 writes it: UTF-8 without BOM.
        ["autopilot-devices.csv"] = Encoding.UTF8.GetBytes(Autopilot([1, 2, 3, 4, 5], withUsers: true)),
        // The same script run by Windows PowerShell 5.1, whose Out-File writes UTF-16 LE with a BOM.
        ["autopilot-devices-utf16.csv"] = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Autopilot([6, 7], withUsers: false))],
        // The Microsoft Managed Desktop form, quoted as Excel's "CSV UTF-8" writes it.
        ["mmd-devices.csv"] = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Mmd([8, 9, 10]))],
        // Two good rows and one hash cut short in copying: that row becomes "Hardware hash not valid".
        ["with-a-bad-row.csv"] = Encoding.UTF8.GetBytes(WithBadRow()),
    };

    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, bytes) in Build()) File.WriteAllBytes(Path.Combine(folder, name), bytes);
    }

    private static string Autopilot(int[] seeds, bool withUsers)
    {
        var csv = new StringBuilder("Device Serial Number,Windows Product ID,Hardware Hash");
        csv.Append(withUsers ? ",Group Tag,Assigned User\r\n" : "\r\n");
        foreach (var seed in seeds)
        {
            var facts = HardwareHashBuilder.SampleFacts(seed);
            csv.Append(CultureInfo.InvariantCulture, $"{facts.SerialNumber},,{HardwareHashBuilder.Build(facts)}");
            if (withUsers) csv.Append(CultureInfo.InvariantCulture, $",Sales,user{seed}@contoso.com");
            csv.Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Mmd(int[] seeds)
    {
        var csv = new StringBuilder("\"Manufacturer\",\"Model\",\"Serial Number\",\"Hardware Hash\"\r\n");
        foreach (var seed in seeds)
        {
            var facts = HardwareHashBuilder.SampleFacts(seed);
            csv.Append(CultureInfo.InvariantCulture,
                $"\"{facts.Manufacturer}\",\"{facts.Model}\",\"{facts.SerialNumber}\",\"{HardwareHashBuilder.Build(facts)}\"\r\n");
        }

        return csv.ToString();
    }

    private static string WithBadRow()
    {
        var csv = new StringBuilder(Autopilot([11, 12], withUsers: false));
        var broken = HardwareHashBuilder.SampleFacts(13);
        csv.Append(CultureInfo.InvariantCulture, $"{broken.SerialNumber},,{HardwareHashBuilder.Build(broken)[..1000]}\r\n");
        return csv.ToString();
    }
}
