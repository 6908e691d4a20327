using MmdPortal.UnitTests.Registrations;
using MmdPortal.Web.Devices.Hashes;
using MmdPortal.Web.Registrations;
using Xunit.Abstractions;

namespace MmdPortal.UnitTests.Hostile;

/// <summary>The hardware-hash CSV reader on mutations of every real file: whatever the bytes, it ends in rows and
/// at most one per-file problem (the last result), never an exception, never a hang.</summary>
public sealed class HardwareHashCsvReaderFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ReadAsync_MutatedCorpus_YieldsRowsOrOneProblem_NeverThrowsOrHangs()
    {
        var corpus = FuzzCorpus.HardwareHashFiles;
        var mutator = new Mutator(FuzzSettings.Seed);
        var run = new FuzzRun(output, "hardware-hash CSV reader");
        long rows = 0, refused = 0, hashesChecked = 0;
        var cases = FuzzSettings.Cases(2000);
        for (var i = 0; i < cases; i++)
        {
            var (name, original) = corpus[mutator.Next(corpus.Count)];
            var (bytes, mutations) = mutator.Mutate(original);
            var bytesPerRead = 1 + mutator.Next(8192);
            await run.CaseAsync($"{name}: {mutations}", async ct =>
            {
                var results = new List<CsvReadResult>();
                await using var stream = new TrickleStream(new MemoryStream(bytes), bytesPerRead);
                await foreach (var result in new HardwareHashCsvReader().ReadAsync(stream, name, ct)) results.Add(result);
                var broken = Broken(results, name);
                if (broken is not null) return broken;
                foreach (var row in results.Select(r => r.Row).OfType<HardwareHashRow>())
                {
                    // The rows go on to the hash decoder: it must judge every value a reader lets through.
                    var check = HardwareHashDecoder.Check(row.HardwareHash);
                    if (!check.IsValid && string.IsNullOrEmpty(check.Detail)) return "an invalid hash without a reason";
                    Interlocked.Increment(ref hashesChecked);
                }

                Interlocked.Add(ref rows, results.Count(r => r.Row is not null));
                if (results[^1].Problem is not null) Interlocked.Increment(ref refused);
                return null;
            });
        }

        run.Finish($"{rows} rows read, {hashesChecked} hashes decoded, {refused} files refused with a per-file problem");
    }

    [Fact]
    public async Task ReadAsync_OneLineOfManyRecognisedNames_IsAProblemNotACrash()
    {
        // "model" 400,000 times then as many empty fields: the labelled-row check stack-allocates one slot per label.
        var line = string.Concat(Enumerable.Repeat("model,", 400_000)) + new string(',', 400_000) + "\r\n";

        var results = await CsvCorpus.ReadAsync(line, "many-labels.csv");

        Assert.NotNull(Assert.Single(results).Problem);
    }

    [Fact]
    public async Task ReadAsync_AFileOfOneEndlessLine_IsRefusedWithoutHoldingTheLine()
    {
        // 40 MB of commas: no field is long, but the line is; the parser must not buffer all of it as one record.
        await using var stream = new RepeatingStream(","u8.ToArray(), 40L * 1024 * 1024);
        var results = new List<CsvReadResult>();
        await foreach (var result in new HardwareHashCsvReader().ReadAsync(stream, "commas.csv")) results.Add(result);

        var problem = Assert.Single(results).Problem;
        Assert.NotNull(problem);
        Assert.Contains("line", problem.Message, StringComparison.Ordinal);
    }

    internal static string? Broken(List<CsvReadResult> results, string name)
    {
        if (results.Count == 0) return "no result at all: neither a row nor a problem";
        for (var i = 0; i < results.Count; i++)
        {
            var (row, problem, _) = results[i];
            if ((row is null) == (problem is null)) return $"result {i} is neither a row nor a problem, or both";
            if (problem is not null)
            {
                if (i != results.Count - 1) return $"result {i} is a problem but rows follow it";
                if (string.IsNullOrWhiteSpace(problem.Message) || problem.File != name || problem.Line < 1)
                    return $"a problem without a message, file or valid line: {problem}";
            }
            else
            {
                if (row!.File != name || row.Line < 1) return $"a row without its file or a valid line: {row.File}, {row.Line}";
                string?[] fields = [row.SerialNumber, row.Manufacturer, row.Model, row.ProductId, row.HardwareHash, row.GroupTag, row.AssignedUser];
                if (fields.Any(f => f is not null && (f.Length > HardwareHashCsvReader.MaxFieldLength || f.Contains('\0'))))
                    return "a row holds a field that is over-long or holds a NUL";
            }
        }

        return null;
    }
}

/// <summary>A forward-only stream of one pattern repeated up to a length, without holding it.</summary>
internal sealed class RepeatingStream(byte[] pattern, long length) : ForwardOnlyStream
{
    private long _position;

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, length - _position);
        for (var i = 0; i < count; i++) buffer[i] = pattern[(int)((_position + i) % pattern.Length)];
        _position += count;
        return count;
    }
}
