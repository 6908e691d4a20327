using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace MmdPortal.Benchmarks.Portal;

/// <summary>The portal as production runs it: its own process on Kestrel, so that its memory is its own to measure.</summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private PortalProcess(Process process, StreamWriter log, Uri address)
    {
        _process = process;
        _log = log;
        Address = address;
    }

    public Uri Address { get; }

    public string LogPath => ((FileStream)_log.BaseStream).Name;

    /// <summary>Starts the built portal with <paramref name="settings"/> as environment variables and waits until
    /// it is ready. Its console log goes to <paramref name="logPath"/>, also to read what it said after a failure.</summary>
    public static async Task<PortalProcess> StartAsync(string dll, IReadOnlyDictionary<string, string> settings, string logPath)
    {
        if (!File.Exists(dll))
            throw new InvalidOperationException($"{dll} does not exist: build the solution in Release first.");
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.Environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings) start.Environment[key] = value;

        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        // Drained continuously: a full pipe would block the portal's logging and so the portal.
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var portal = new PortalProcess(process, log, address);
        try
        {
            await portal.WaitUntilReadyAsync(TimeSpan.FromMinutes(3));
        }
        catch
        {
            // A portal that never became ready must not outlive the caller, which gets no object to dispose.
            await portal.DisposeAsync();
            throw;
        }

        return portal;
    }

    /// <summary>The most memory the process has held resident since it started (VmHWM, what PeakWorkingSet64 reports on Linux).</summary>
    public long PeakWorkingSetBytes => ReadStatusKb("VmHWM:") is > 0 and var kb ? kb * 1024 : Refreshed().PeakWorkingSet64;

    public long WorkingSetBytes => ReadStatusKb("VmRSS:") is > 0 and var kb ? kb * 1024 : Refreshed().WorkingSet64;

    /// <summary>CPU time the process has used on all its threads, user and kernel. Unlike elapsed time, it barely
    /// changes when other work shares the machine, so a change of the portal can be compared on a busy machine.</summary>
    public TimeSpan CpuTime => Refreshed().TotalProcessorTime;

    /// <summary>SIGKILL (what Process.Kill sends on Linux): the portal dies at once, without shutting down, as in a
    /// power cut or an out-of-memory kill. The fault tests use it.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM: the host stops gracefully and SQLite checkpoints its WAL, as in a real shutdown.
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
                await kill.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
        await _log.DisposeAsync();
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The portal exited with {_process.ExitCode}; see {LogPath}.");
            try
            {
                using var response = await http.GetAsync(new Uri("/healthz/ready", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The portal was not ready within {timeout}; see {LogPath}.");
    }

    private long ReadStatusKb(string field)
    {
        var path = $"/proc/{_process.Id}/status";
        if (!File.Exists(path)) return 0;
        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private Process Refreshed()
    {
        _process.Refresh();
        return _process;
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null) return;
        lock (log) log.WriteLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
