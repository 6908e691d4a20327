using System.Diagnostics;

namespace MmdPortal.Benchmarks.Load;

/// <summary>Issue 9's load test: admins upload, readers page the blade and agents check in, all at once for a
/// while, against one or more portal instances on one database (clients spread over them in turn); then every
/// accepted row must be exactly one device. The benchmark runs it full size, the integration tests small.</summary>
public static class LoadRun
{
    /// <param name="options">The size of the run.</param>
    /// <param name="instances">The portal instances' base addresses.</param>
    /// <param name="organizationKeys">An admin key of each organisation of the run, from which the run makes a key
    /// per client (each client has its own rate limit, as each admin's script or agent would).</param>
    /// <param name="workFolder">Where the upload files are written (and deleted once sent).</param>
    /// <param name="log">Progress, one line at a time.</param>
    public static async Task<LoadReport> RunAsync(LoadOptions options, IReadOnlyList<Uri> instances,
        IReadOnlyList<string> organizationKeys, string workFolder, Action<string>? log = null)
    {
        log ??= _ => { };
        var traffic = new LoadTraffic();
        var http = instances.Select(i => new HttpClient { BaseAddress = i, Timeout = TimeSpan.FromMinutes(5) }).ToList();
        try
        {
            var cast = await LoadCast.CreateAsync(options, http, organizationKeys, traffic);
            log($"Keys made for {options.Uploaders} uploaders, {options.Readers} readers, {options.Agents} agents; running for {options.Duration}...");
            var ledger = new UploadLedger();
            var tally = new CheckInTally();
            var files = -1;
            // Each organisation starts with a file of devices already registered, so that the agents check in
            // (and write) from the first second rather than only once the run's first uploads are final.
            var fleets = await Task.WhenAll(cast.Owners.Select(owner => LoadUploader.UploadAsync(owner, "before the run: upload",
                options.FirstSeed + (Interlocked.Increment(ref files) * options.DevicesPerFile), options.DevicesPerFile, ledger, workFolder)));
            if (fleets.Any(f => f.RequestId is null) || !await LoadVerifier.SettleAsync(cast.Owners, fleets, options.SettleTimeout))
                throw new InvalidOperationException("The organisations' first uploads were not registered; see the portal's log.");
            using var stop = new CancellationTokenSource(options.Duration);
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(cast.Uploaders.Select(u => Task.Run(() =>
                    LoadUploader.RunAsync(u, options, ledger, () => Interlocked.Increment(ref files), workFolder, stop.Token)))
                .Concat(cast.Readers.Select((r, i) => Task.Run(() => LoadReader.RunAsync(r, options, ledger, i, stop.Token))))
                .Concat(cast.Agents.Select((a, i) => Task.Run(() => LoadAgent.RunAsync(a, options, ledger, tally, 10_000 + i, stop.Token)))));
            var ran = clock.Elapsed;
            var accepted = ledger.Accepted;
            log($"Ran {ran.TotalSeconds:0.0} s; {accepted.Count - fleets.Length} uploads accepted; waiting until they are final...");
            var settled = await LoadVerifier.SettleAsync(cast.Owners, accepted, options.SettleTimeout);
            var allFinal = clock.Elapsed;
            log($"All final after {allFinal.TotalSeconds:0.0} s; comparing devices with rows...");
            var fleet = await LoadVerifier.VerifyAsync(cast.Owners, accepted);
            return new LoadReport(options, instances.Count, ran, allFinal, settled, traffic.Summarise(),
                traffic.Combined("blade: all reads", LoadReader.KindPrefix), accepted, ledger.Refused, fleet, tally);
        }
        finally
        {
            foreach (var client in http) client.Dispose();
        }
    }
}
