using System.Globalization;
using MmdPortal.Web.Cli;
using static MmdPortal.UnitTests.Cli.MergeFolder;

namespace MmdPortal.UnitTests.Cli;

public sealed class MergeCommandInputTests : IDisposable
{
    private readonly MergeFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Merge_Folders_ReadsTheirCsvFilesByNameAndPassesOverAnEarlierOutput()
    {
        _folder.WriteUtf8(Path.Combine("in", "b.csv"), AutopilotHeader, $"{Serial(2)},,{Hash(2)}");
        _folder.WriteUtf8(Path.Combine("in", "a.csv"), AutopilotHeader, $"{Serial(1)},,{Hash(1)}");
        _folder.WriteUtf8(Path.Combine("in", "notes.txt"), "not a CSV");
        var input = _folder.PathOf("in");
        var output = Path.Combine(input, "merged.csv");

        var first = await _folder.MergeAsync(output, input);
        var again = await _folder.MergeAsync(output, input);

        Assert.Equal(first, again);
        Assert.Equal(0, again.ExitCode);
        Assert.Empty(again.Errors);
        Assert.Equal($"Merged 2 devices from 2 files into {output}; skipped 0 duplicates and 0 rows with problems.{Environment.NewLine}", again.Output);
        Assert.Equal([IntuneHeader, $"{Serial(1)},,{Hash(1)},,", $"{Serial(2)},,{Hash(2)},,"], await File.ReadAllLinesAsync(output));
    }

    [Fact]
    public async Task Merge_OutputIsAnInput_RefusesAndLeavesTheInputAlone()
    {
        var input = _folder.WriteUtf8("devices.csv", AutopilotHeader, $"{Serial(1)},,{Hash(1)}");
        var before = await File.ReadAllBytesAsync(input);

        var run = await _folder.MergeAsync(input, input);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"merge: {input} is an input and cannot also be the output: name a new file for the merged CSV."], run.Errors);
        Assert.Equal("", run.Output);
        Assert.Equal(before, await File.ReadAllBytesAsync(input));
    }

    [Fact]
    public async Task Merge_InputDoesNotExist_RefusesWithExitCodeTwo()
    {
        var missing = _folder.PathOf("missing.csv");

        var run = await _folder.MergeAsync(_folder.PathOf("merged.csv"), missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"merge: {missing}: no such file or folder."], run.Errors);
        Assert.False(File.Exists(_folder.PathOf("merged.csv")));
    }

    [Fact]
    public async Task Merge_NoUsableRow_WritesNothingAndExitsWithOne()
    {
        var partner = _folder.WriteUtf8("partner.csv", "Manufacturer,Model,Serial Number", "Dell Inc.,Latitude 7420,ABC1234");
        var output = _folder.PathOf("merged.csv");

        var run = await _folder.MergeAsync(output, partner);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
        [
            $"{partner}, line 1: file skipped: {PartnerMessage}",
            $"Nothing merged: no input held a device row that can be registered, so {output} was not written.",
        ], run.Errors);
        Assert.Equal("", run.Output);
        Assert.Equal(["partner.csv"], Directory.GetFiles(_folder.Root).Select(Path.GetFileName));
    }

    [Fact]
    public async Task RunAsync_Interrupted_LeavesNoFileBehind()
    {
        var input = _folder.WriteUtf8("devices.csv", AutopilotHeader, $"{Serial(1)},,{Hash(1)}");
        using var errors = new StringWriter(CultureInfo.InvariantCulture);

        var exitCode = await MergeCommand.RunAsync([_folder.PathOf("merged.csv"), input], TextWriter.Null, errors,
            new CancellationToken(canceled: true));

        Assert.Equal(MergeCommand.Interrupted, exitCode);
        Assert.Equal($"merge: interrupted; {_folder.PathOf("merged.csv")} was not written.{Environment.NewLine}", errors.ToString());
        Assert.Equal(["devices.csv"], Directory.GetFiles(_folder.Root).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task Merge_TooFewArguments_PrintsUsageWithExitCodeTwo(int count)
    {
        var run = await _folder.MergeAsync([.. new[] { _folder.PathOf("merged.csv") }.Take(count)]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(MergeCommand.Usage + Environment.NewLine, run.ErrorText);
        Assert.Equal("", run.Output);
    }
}
