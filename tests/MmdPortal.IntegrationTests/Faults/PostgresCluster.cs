using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MmdPortal.IntegrationTests.Faults;

/// <summary>A throwaway PostgreSQL cluster of the test's own (initdb, pg_ctl, as scripts/test.sh starts one), so that
/// stopping it hits no other test. As root it belongs to the postgres user, since initdb refuses to run as root.</summary>
public sealed class PostgresCluster : IDisposable
{
    private readonly string _bin;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"mmdportal-pg-{Guid.NewGuid():N}");
    private readonly int _port = FreePort();

    private PostgresCluster(string bin) => _bin = bin;

    /// <summary>The server's binaries (the newest version installed), or null when the server is not installed.</summary>
    public static string? FindBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderBy(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : 0)
                .LastOrDefault()
            : null;

    /// <summary>A connection string for the superuser on the cluster's maintenance database.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={_port};Username=postgres;Database=postgres;Timeout=5";

    public static async Task<PostgresCluster> StartNewAsync()
    {
        var cluster = new PostgresCluster(FindBinaries() ?? throw new InvalidOperationException(
            "The PostgreSQL server is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install -y postgresql."));
        Directory.CreateDirectory(cluster._folder);
        if (Environment.UserName == "root") await RunAsync("chown", "postgres", cluster._folder);
        await cluster.PgAsync("initdb", "-D", cluster.Data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync");
        await cluster.StartAsync();
        return cluster;
    }

    public async Task StartAsync() => await PgAsync("pg_ctl", "-D", Data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60",
        "-o", $"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start");

    /// <summary>Stops the server the hard way: every backend ends at once, as in a crash, and the next start
    /// recovers from the WAL.</summary>
    public async Task StopAsync() => await PgAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");

    public void Dispose()
    {
        try { StopAsync().GetAwaiter().GetResult(); } catch (InvalidOperationException) { }
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private string Data => Path.Combine(_folder, "data");

    private Task PgAsync(string tool, params string[] arguments) => Environment.UserName == "root"
        ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments])
        : RunAsync(Path.Combine(_bin, tool), arguments);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await stdout} {await stderr}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
