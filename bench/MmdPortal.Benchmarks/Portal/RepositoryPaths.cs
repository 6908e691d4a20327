namespace MmdPortal.Benchmarks.Portal;

/// <summary>Where the repository, the built portal and the results folder are, wherever the benchmark runs from.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Results => Path.Combine(Root, "bench", "results");

    /// <summary>The Release build of the portal, which building this project produces (it references the portal).</summary>
    public static string PortalDll(string? configured) => configured is not null
        ? Path.GetFullPath(configured)
        : Path.Combine(Root, "src", "MmdPortal.Web", "bin", "Release", "net10.0", "MmdPortal.Web.dll");

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "MmdPortal.sln"))) return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark inside the repository (MmdPortal.sln not found).");
    }
}
