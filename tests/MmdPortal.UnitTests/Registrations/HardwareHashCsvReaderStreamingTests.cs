using System.Text;
using MmdPortal.Web.Registrations;
using static MmdPortal.UnitTests.Registrations.CsvCorpus;

namespace MmdPortal.UnitTests.Registrations;

public sealed class HardwareHashCsvReaderStreamingTests
{
    // Rows of about 4 KB: 40 of them pass the 64 KB the reader looks at before it starts parsing.
    private static IEnumerable<string> AutopilotLines(int rows, Func<int, string>? rowAt = null)
    {
        yield return AutopilotHeader;
        for (var i = 0; i < rows; i++)
        {
            var device = Samples[i % Samples.Count];
            yield return rowAt?.Invoke(i) ?? $"{device.Serial},,{device.Hash}";
        }
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public async Task ReadAsync_ManyRowsPastThePrefix_ReadsEveryRowIntactOnItsLine(string encoding)
    {
        var stream = new GeneratedCsvStream(AutopilotLines(300), Encoding.GetEncoding(encoding));

        var rows = (await ReadAsync(new TrickleStream(stream, 3000), "many.csv")).Rows();

        Assert.Equal(300, rows.Count);
        Assert.All(rows, (row, i) => Assert.Equal(Samples[i % Samples.Count].Row("many.csv", i + 2), row));
    }

    [Fact]
    public async Task ReadAsync_NulCharacterPastThePrefix_RefusesAtItsLineAfterTheRowsBefore()
    {
        var stream = new GeneratedCsvStream(AutopilotLines(100, i => i == 60 ? "BROKEN\0,," : null!), new UTF8Encoding(false));

        var results = await ReadAsync(stream, "late-nul.csv");

        Assert.Equal(61, results.Count);
        Assert.All(results.Take(60), r => Assert.NotNull(r.Row));
        Assert.Equal(("late-nul.csv", (int?)62), (results[^1].Problem!.File, results[^1].Problem!.Line));
    }

    [Fact]
    public async Task ReadAsync_FieldLongerThanTheLimit_IsRefusedAtItsLine()
    {
        var stream = new GeneratedCsvStream(AutopilotLines(3, i => i == 2 ? $"X,,{new string('A', 70_000)}" : null!), new UTF8Encoding(false));

        var problem = (await ReadAsync(stream, "huge.csv"))[^1].Problem;

        Assert.Equal(new UploadProblem("huge.csv", 4,
            "a field is longer than 65,536 characters; a hardware hash is about 4,000. Check that this is a hardware-hash CSV."), problem);
    }

    [Fact]
    public async Task ReadAsync_ConsumerStopsEarly_ReadsNoFurther()
    {
        var read = 0;
        var stream = new GeneratedCsvStream(AutopilotLines(1_000_000).Select(l => { read++; return l; }), new UTF8Encoding(false));

        await foreach (var _ in new HardwareHashCsvReader().ReadAsync(stream, "endless.csv")) break;

        Assert.InRange(read, 1, 100);
    }

    [Fact]
    public async Task ReadAsync_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        var stream = new GeneratedCsvStream(AutopilotLines(100), new UTF8Encoding(false));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in new HardwareHashCsvReader().ReadAsync(stream, "cancelled.csv", cancellation.Token))
                await cancellation.CancelAsync();
        });
    }
}
