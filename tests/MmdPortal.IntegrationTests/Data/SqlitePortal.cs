namespace MmdPortal.IntegrationTests.Data;

/// <summary>A portal on the SQLite file in <paramref name="folder"/> whatever the test leg: backup and restore are
/// about that file. Deletes the folder when disposed.</summary>
public sealed class SqlitePortal(string folder) : PortalApplicationFactory(folder, postgres: null)
{
    public static string NewFolder() => Path.Combine(Path.GetTempPath(), "mmdportal-tests", Guid.NewGuid().ToString("N"));
}
