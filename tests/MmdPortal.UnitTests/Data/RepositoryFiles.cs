namespace MmdPortal.UnitTests.Data;

/// <summary>Files of the repository the tests run from.</summary>
public static class RepositoryFiles
{
    public static string PathOf(params string[] parts)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "MmdPortal.sln"))) folder = folder.Parent;
        Assert.True(folder is not null, $"No MmdPortal.sln above {AppContext.BaseDirectory}.");
        return Path.Combine([folder.FullName, .. parts]);
    }
}
