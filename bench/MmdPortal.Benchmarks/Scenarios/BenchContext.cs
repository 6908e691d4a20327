using MmdPortal.Benchmarks.Data;
using MmdPortal.Benchmarks.Portal;
using MmdPortal.Benchmarks.Results;
using MmdPortal.Web.Organizations;

namespace MmdPortal.Benchmarks.Scenarios;

/// <summary>What every scenario needs: the options, the database, a place for files and the results.</summary>
public sealed class BenchContext(BenchOptions options, BenchDatabase database, string workFolder, ResultTable results)
{
    public BenchOptions Options => options;
    public BenchDatabase Database => database;
    public string WorkFolder => workFolder;
    public ResultTable Results => results;

    /// <summary>The bootstrap organisation's admin key, set through <c>Bootstrap:AdminApiKey</c>.</summary>
    public string AdminKey { get; } = ApiKeys.NewSecret();

    /// <summary>Starts the portal on a fresh database named <paramref name="name"/>, with production defaults except
    /// the per-key rate limit (a benchmark makes thousands of calls a minute with one key) and <paramref name="extra"/>.
    /// With <paramref name="fresh"/> false, a further instance on the database of the last start.</summary>
    public async Task<PortalProcess> StartPortalAsync(string name, IReadOnlyDictionary<string, string>? extra = null, bool fresh = true)
    {
        if (fresh) await database.ResetAsync(name);
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Portal"] = database.ConnectionString,
            ["Database__Provider"] = database.Provider,
            ["Database__MigrateOnStartup"] = "true",
            ["Bootstrap__AdminApiKey"] = AdminKey,
            ["ApiKeys__RequestsPerMinute"] = "1000000",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>()) settings[key] = value;
        foreach (var (key, value) in options.PortalSettings) settings[key] = value;
        Console.WriteLine($"Starting the portal for '{name}' ({database.Provider})...");
        return await PortalProcess.StartAsync(RepositoryPaths.PortalDll(options.PortalDll), settings,
            Path.Combine(workFolder, name + ".log"));
    }
}
