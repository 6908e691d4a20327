using System.Globalization;
using MmdPortal.Benchmarks.Load;

namespace MmdPortal.Benchmarks;

/// <summary>The command line: which scenarios, which sizes, which database.</summary>
public sealed record BenchOptions
{
    public static readonly string[] AllScenarios = ["ingest", "limit", "blade", "lifecycle", "checkins"];

    /// <summary>Not in "all": a reliability test of a minute and more, run on its own.</summary>
    public const string LoadScenario = "load";

    public IReadOnlyList<string> Scenarios { get; init; } = AllScenarios;
    public IReadOnlyList<int> IngestSizes { get; init; } = [1_000, 10_000, 100_000];
    public int BladeDevices { get; init; } = 1_000_000;
    public int Organizations { get; init; } = 20;
    public int LifecycleDevices { get; init; } = 1_000_000;
    public int CheckIns { get; init; } = 100_000;
    public int CheckInBatch { get; init; } = 1_000;

    /// <summary>Check-in calls in flight at once, as several agents would make them; 1 is one agent.</summary>
    public int CheckInCallers { get; init; } = 1;
    public int LatencySamples { get; init; } = 200;

    /// <summary>The size of the load scenario (issue 9's figures unless given).</summary>
    public LoadOptions Load { get; init; } = new();

    /// <summary>Portal processes on the one database for the load scenario; more than one needs PostgreSQL.</summary>
    public int Instances { get; init; } = 1;
    public string Provider { get; init; } = "Sqlite";
    public string? Connection { get; init; }
    public string? PortalDll { get; init; }
    public bool Quick { get; init; }

    /// <summary>Kept after the run: the portal's logs and databases, e.g. to read its EF command timings.</summary>
    public bool Keep { get; init; }

    /// <summary>Extra portal settings (<c>--set Key=Value</c>, as environment variables), e.g. for profiling.</summary>
    public IReadOnlyDictionary<string, string> PortalSettings { get; init; } = new Dictionary<string, string>();
    public string Name { get; init; } = "all";

    public bool IsPostgres => Provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase);

    public const string Usage = """
        dotnet run -c Release --project bench/MmdPortal.Benchmarks -- [--scenario ingest|limit|blade|lifecycle|checkins|all|load]
            [--sizes 1000,10000,100000] [--devices 1000000] [--checkins 100000] [--callers 1] [--samples 200]
            [--provider Sqlite|PostgreSQL --connection "Host=...;Database=...;Username=..."] [--portal path/MmdPortal.Web.dll] [--quick]
            [--keep] [--set Portal__Setting=value ...]
            load: [--uploaders 20] [--readers 200] [--agents 50] [--duration 60] [--devices-per-file 1000]
            [--organizations 5] [--instances 1]
        With PostgreSQL, every public table of the database given is dropped before each portal start.
        """;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        if (args.Contains("--quick"))
        {
            options = options with
            {
                Quick = true, IngestSizes = [1_000], BladeDevices = 50_000, LifecycleDevices = 50_000,
                CheckIns = 10_000, LatencySamples = 50, Load = LoadOptions.Small,
            };
        }

        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--quick" => options,
                "--keep" => options with { Keep = true },
                "--set" => Set(options, Next()),
                "--scenario" => Scenario(options, Next()),
                "--sizes" => options with { IngestSizes = Next().Split(',').Select(Number).ToArray() },
                "--devices" => Devices(options, Number(Next())),
                "--checkins" => options with { CheckIns = Number(Next()) },
                "--callers" => options with { CheckInCallers = Math.Max(1, Number(Next())) },
                "--samples" => options with { LatencySamples = Number(Next()) },
                "--provider" => options with { Provider = Next() },
                "--connection" => options with { Connection = Next() },
                "--portal" => options with { PortalDll = Next() },
                "--uploaders" => options with { Load = options.Load with { Uploaders = Number(Next()) } },
                "--readers" => options with { Load = options.Load with { Readers = Number(Next()) } },
                "--agents" => options with { Load = options.Load with { Agents = Number(Next()) } },
                "--duration" => options with { Load = options.Load with { Duration = TimeSpan.FromSeconds(Number(Next())) } },
                "--devices-per-file" => options with { Load = options.Load with { DevicesPerFile = Number(Next()) } },
                "--organizations" => options with { Load = options.Load with { Organizations = Number(Next()) } },
                "--instances" => options with { Instances = Math.Max(1, Number(Next())) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        if (options.IsPostgres && string.IsNullOrWhiteSpace(options.Connection))
            throw new ArgumentException("--provider PostgreSQL needs --connection.");
        if (!options.IsPostgres && !options.Provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException("--provider is Sqlite or PostgreSQL.");
        // SQLite is the embedded database of one instance (docs/scale-out.md).
        if (options.Instances > 1 && !options.IsPostgres)
            throw new ArgumentException("--instances above 1 needs --provider PostgreSQL --connection ...");
        return options;
    }

    private static BenchOptions Scenario(BenchOptions options, string value) => value == "all"
        ? options with { Scenarios = AllScenarios, Name = "all" }
        : AllScenarios.Contains(value) || value == LoadScenario
            ? options with { Scenarios = [value], Name = value }
            : throw new ArgumentException($"Unknown scenario {value}.");

    private static BenchOptions Set(BenchOptions options, string assignment)
    {
        var at = assignment.IndexOf('=', StringComparison.Ordinal);
        if (at <= 0) throw new ArgumentException("--set takes Key=Value.");
        return options with
        {
            PortalSettings = new Dictionary<string, string>(options.PortalSettings) { [assignment[..at]] = assignment[(at + 1)..] },
        };
    }

    private static BenchOptions Devices(BenchOptions options, int devices) =>
        options with { BladeDevices = devices, LifecycleDevices = devices };

    private static int Number(string text) => int.Parse(text.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
}
