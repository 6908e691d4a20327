using MmdPortal.UnitTests.Registrations;
using MmdPortal.Web.Licences;
using Xunit.Abstractions;

namespace MmdPortal.UnitTests.Hostile;

/// <summary>The licence CSV reader on mutations of licence files and of the hardware-hash corpus: names or one
/// problem, every name valid and normalised, never an exception, never a hang.</summary>
public sealed class LicenceCsvReaderFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ReadAsync_MutatedFiles_GiveNamesOrAProblem_NeverThrowOrHang()
    {
        var corpus = FuzzCorpus.LicenceFiles.Concat(FuzzCorpus.HardwareHashFiles).ToList();
        var mutator = new Mutator(FuzzSettings.Seed + 1);
        var run = new FuzzRun(output, "licence CSV reader");
        int accepted = 0, refused = 0;
        var cases = FuzzSettings.Cases(2000);
        for (var i = 0; i < cases; i++)
        {
            // Licence files twice as often as the device corpus, which the licence reader mostly refuses at once.
            var pick = mutator.Next(3) < 2 ? mutator.Next(FuzzCorpus.LicenceFiles.Count) : mutator.Next(corpus.Count);
            var (name, original) = corpus[pick];
            var (bytes, mutations) = mutator.Mutate(original);
            var bytesPerRead = 1 + mutator.Next(8192);
            await run.CaseAsync($"{name}: {mutations}", async ct =>
            {
                await using var stream = new TrickleStream(new MemoryStream(bytes), bytesPerRead);
                var read = await new LicenceCsvReader().ReadAsync(stream, name, ct);
                if ((read.UserPrincipalNames is null) == (read.Problem is null)) return "neither names nor a problem, or both";
                if (read.Problem is { } problem)
                {
                    Interlocked.Increment(ref refused);
                    return string.IsNullOrWhiteSpace(problem.Message) || problem.File != name || problem.Line < 1
                        ? $"a problem without a message, file or valid line: {problem}"
                        : null;
                }

                Interlocked.Increment(ref accepted);
                return read.UserPrincipalNames!.FirstOrDefault(n => UserPrincipalNames.Problem(n) is not null || n != UserPrincipalNames.Normalise(n))
                    is { } bad ? $"an invalid name was accepted: '{bad}'" : null;
            });
        }

        run.Finish($"{accepted} files accepted, {refused} refused");
    }

    [Fact]
    public async Task ReadAsync_AFileOfOneEndlessLine_IsRefused()
    {
        await using var stream = new RepeatingStream(";"u8.ToArray(), 40L * 1024 * 1024);

        var read = await new LicenceCsvReader().ReadAsync(stream, "semicolons.csv");

        Assert.NotNull(read.Problem);
    }
}
