using MmdPortal.Web.Devices.Hashes;

namespace MmdPortal.Benchmarks.Load;

/// <summary>A device agent (or a site's collector) that reports a batch of its organisation's uploaded devices in
/// use, again and again; devices still being registered come back as a per-device problem, not an error.</summary>
public static class LoadAgent
{
    public const string Kind = "check-ins";

    public static async Task RunAsync(LoadClient client, LoadOptions options, UploadLedger ledger, CheckInTally tally, int seed,
        CancellationToken stop)
    {
        var random = new Random(seed);
        await LoadPause.WaitAsync(options.AgentPause * random.NextDouble(), stop);
        while (!stop.IsCancellationRequested)
        {
            var devices = Enumerable.Range(0, options.CheckInsPerCall)
                .Select(_ => ledger.RandomDevice(client.Organization, random)).OfType<HardwareHashFacts>()
                .Select(d => new { serialNumber = d.SerialNumber, manufacturer = d.Manufacturer, userPrincipalName = $"user{random.Next(1_000)}@contoso.com" })
                .ToList();
            if (devices.Count > 0)
            {
                var answer = await client.PostJsonAsync(Kind, "/api/v1/checkins", new { devices });
                if (answer.IsSuccess) tally.Add(answer.Json);
            }

            await LoadPause.WaitAsync(options.AgentPause, stop);
        }
    }
}
