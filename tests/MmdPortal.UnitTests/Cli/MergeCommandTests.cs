using System.Text;
using MmdPortal.Web.Devices.Hashes;
using MmdPortal.Web.Registrations;
using static MmdPortal.UnitTests.Cli.MergeFolder;

namespace MmdPortal.UnitTests.Cli;

public sealed class MergeCommandTests : IDisposable
{
    private const string ProductId = "00330-80111-12345-AA404";

    private readonly MergeFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Merge_EveryFormWithRepeatsAndProblems_WritesEachGoodDeviceOnceAndReportsTheRest()
    {
        var (a, b, c, d) = WriteMixedFiles();
        var output = _folder.PathOf("merged.csv");

        var run = await _folder.MergeAsync(output, a, b, c, d);

        Assert.Equal(0, run.ExitCode);
        var bytes = await File.ReadAllBytesAsync(output);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(string.Concat(new[]
        {
            IntuneHeader,
            $"{Serial(1)},{ProductId},{Hash(1)},,",
            $"{Serial(2)},,{Hash(2)},,",
            $"{Serial(3)},,{Hash(3)},,",
            $"{Serial(4)},,{Hash(4)},,",
            $"{Serial(5)},,{Hash(5)},,",
            $"{Serial(6)},,{Hash(6)},\"Sales, EMEA\",user6@contoso.com",
        }.Select(line => line + "\r\n")), Encoding.UTF8.GetString(bytes));
        Assert.Equal(
        [
            $"{c}, line 1: columns ignored, as the portal does not use them: 'Notes'.",
            $"{c}, line 3: skipped: duplicate of {a} line 2.",
            $"{c}, line 4: skipped: same serial number as {b} line 2 but a different hardware hash: check which capture is current.",
            $"{c}, line 5: skipped: hardware hash not valid. {HardwareHashDecoder.Check(Hash(7)[..1000]).Detail}",
            $"{d}, line 1: file skipped: {PartnerMessage}",
        ], run.Errors);
        Assert.Equal(
            $"Merged 6 devices from 3 of 4 files into {output}; skipped 2 duplicates and 1 row with problems.{Environment.NewLine}",
            run.Output);
    }

    [Fact]
    public async Task Merge_OutputReadBackByTheUploadReader_YieldsTheSameDevices()
    {
        var (a, b, c, d) = WriteMixedFiles();
        var output = _folder.PathOf("merged.csv");
        var expected = new List<HardwareHashRow>();
        foreach (var input in new[] { a, b, c })
            expected.AddRange(await ReadAsync(input));

        await _folder.MergeAsync(output, a, b, c, d);
        var merged = await ReadAsync(output);

        var written = expected.Select(PreparedRow.From)
            .Where(r => r.HashProblem is null)
            .DistinctBy(r => r.SerialKey)
            .Select(r => (r.SerialNumber, r.Row.ProductId, r.Row.HardwareHash, r.Row.GroupTag, r.Row.AssignedUser, r.HashKey, r.SerialKey));
        Assert.Equal(written,
            merged.Select(PreparedRow.From).Select(r => (r.SerialNumber, r.Row.ProductId, r.Row.HardwareHash, r.Row.GroupTag, r.Row.AssignedUser, r.HashKey, r.SerialKey)));
    }

    [Fact]
    public async Task Merge_BadCaptureBeforeAGoodOne_KeepsTheGoodOne()
    {
        var input = _folder.WriteUtf8("devices.csv", AutopilotHeader, $"{Serial(1)},,{Hash(1)[..1000]}", $"{Serial(1)},,{Hash(1)}");
        var output = _folder.PathOf("merged.csv");

        var run = await _folder.MergeAsync(output, input);

        Assert.Equal([IntuneHeader, $"{Serial(1)},,{Hash(1)},,"], await File.ReadAllLinesAsync(output));
        Assert.Equal(
            $"Merged 1 device from 1 file into {output}; skipped 0 duplicates and 1 row with problems.{Environment.NewLine}",
            run.Output);
    }

    [Fact]
    public async Task Merge_FormulaInACell_WritesItEscaped()
    {
        var input = _folder.WriteUtf8("devices.csv", $"{AutopilotHeader},Group Tag,Assigned User",
            $"{Serial(1)},,{Hash(1)},=HYPERLINK(\"http://x\"),@user");
        var output = _folder.PathOf("merged.csv");

        await _folder.MergeAsync(output, input);

        Assert.Equal($"{Serial(1)},,{Hash(1)},\"'=HYPERLINK(\"\"http://x\"\")\",\"'@user\"", (await File.ReadAllLinesAsync(output))[1]);
    }

    // a: Windows PowerShell 5.1's UTF-16 LE with BOM, one row without a serial; b: the MMD form in UTF-8 with BOM;
    // c: the Intune form with an extra column, a duplicate, a second capture of b's first device and a cut hash;
    // d: an MMD partner file.
    private (string A, string B, string C, string D) WriteMixedFiles()
    {
        var a = _folder.Write("a.csv", Encoding.Unicode, bom: true, AutopilotHeader,
            $"{Serial(1)},{ProductId},{Hash(1)}", $"{Serial(2)},,{Hash(2)}", $",,{Hash(3)}");
        var b = _folder.Write("b.csv", Encoding.UTF8, bom: true, "\"Manufacturer\",\"Model\",\"Serial Number\",\"Hardware Hash\"",
            Mmd(4), Mmd(5));
        var recaptured = HardwareHashBuilder.Build(HardwareHashBuilder.SampleFacts(4) with { ProductKeyId = "0000000000001" });
        var c = _folder.WriteUtf8("c.csv", $"{IntuneHeader},Notes",
            $"{Serial(6)},,{Hash(6)},\"Sales, EMEA\",user6@contoso.com,new laptop",
            $"{Serial(1)},,{Hash(1)},,,",
            $"{Serial(4)},,{recaptured},,,",
            $"{Serial(7)},,{Hash(7)[..1000]},,,");
        var d = _folder.WriteUtf8("d.csv", "Manufacturer,Model,Serial Number", "Dell Inc.,Latitude 7420,ABC1234");
        return (a, b, c, d);
    }

    private static async Task<List<HardwareHashRow>> ReadAsync(string path)
    {
        var rows = new List<HardwareHashRow>();
        await using var stream = File.OpenRead(path);
        await foreach (var result in new HardwareHashCsvReader().ReadAsync(stream, Path.GetFileName(path)))
            rows.Add(Assert.IsType<HardwareHashRow>(result.Row));
        return rows;
    }
}
