namespace MmdPortal.UnitTests.Deployment;

/// <summary>Files of the repository the tests run from (found by walking up to MmdPortal.sln).</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(Path(parts));

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "MmdPortal.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException($"No MmdPortal.sln above {AppContext.BaseDirectory}.");
    }
}
