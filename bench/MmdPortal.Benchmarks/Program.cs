using MmdPortal.Benchmarks;
using MmdPortal.Benchmarks.Data;
using MmdPortal.Benchmarks.Portal;
using MmdPortal.Benchmarks.Results;
using MmdPortal.Benchmarks.Scenarios;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

var started = DateTimeOffset.UtcNow;
var work = Directory.CreateTempSubdirectory("mmdportal-bench-").FullName;
var results = new ResultTable();
var context = new BenchContext(options, BenchDatabase.Create(options, work), work, results);
var failed = false;
Console.WriteLine($"Portal: {RepositoryPaths.PortalDll(options.PortalDll)}; work folder: {work}");

var scenarios = new List<(string Name, Func<BenchContext, Task> Run)>();
if (options.Scenarios.Contains("ingest") || options.Scenarios.Contains("limit")) scenarios.Add(("ingest/limit", IngestScenario.RunAsync));
if (options.Scenarios.Contains("blade")) scenarios.Add(("blade", BladeScenario.RunAsync));
if (options.Scenarios.Contains("lifecycle")) scenarios.Add(("lifecycle", LifecycleScenario.RunAsync));
if (options.Scenarios.Contains("checkins")) scenarios.Add(("checkins", CheckInsScenario.RunAsync));
if (options.Scenarios.Contains(BenchOptions.LoadScenario)) scenarios.Add((BenchOptions.LoadScenario, LoadScenario.RunAsync));
foreach (var (name, run) in scenarios)
{
    Console.WriteLine($"== {name}");
    try
    {
        await run(context);
    }
    catch (Exception ex)
    {
        // One scenario failing should not cost the others' numbers; the table says what is missing.
        failed = true;
        results.Note($"{name} failed: {ex.GetType().Name}: {ex.Message}");
        Console.Error.WriteLine(ex);
    }
}

Console.WriteLine();
Console.WriteLine(results.ToMarkdown());
var path = await results.WriteJsonAsync(RepositoryPaths.Results, options, started);
Console.WriteLine($"Wrote {path}");
if (failed || options.Keep) Console.WriteLine($"Portal logs and databases kept in {work}.");
else Directory.Delete(work, recursive: true);
return failed ? 1 : 0;
