using System.Text.Json;

namespace MmdPortal.Benchmarks.Load;

/// <summary>Someone with the blade open, through the API: the first page, two pages on by cursor, a status filter,
/// a serial number pasted into the search, the counts of the filter chips; a pause between calls as they read.</summary>
public static class LoadReader
{
    public const string KindPrefix = "blade: ";
    private static readonly string[] Statuses = ["ReadyForUser", "RegistrationPending", "Active", "RegistrationFailed"];

    public static async Task RunAsync(LoadClient client, LoadOptions options, UploadLedger ledger, int seed, CancellationToken stop)
    {
        var random = new Random(seed);
        // Started at different moments and steps, so that 200 readers do not make the same call in lockstep.
        await LoadPause.WaitAsync(options.ReaderPause * random.NextDouble(), stop);
        string? cursor = null;
        for (var step = random.Next(6); !stop.IsCancellationRequested; step++)
        {
            switch (step % 6)
            {
                case 0:
                case 1 or 2 when cursor is null:
                    cursor = NextCursor(await client.GetAsync(KindPrefix + "first page", "/api/v1/devices?pageSize=100"));
                    break;
                case 1 or 2:
                    cursor = NextCursor(await client.GetAsync(KindPrefix + "next page (cursor)",
                        $"/api/v1/devices?pageSize=100&cursor={Uri.EscapeDataString(cursor!)}"));
                    break;
                case 3:
                    await client.GetAsync(KindPrefix + "status filter", $"/api/v1/devices?pageSize=100&status={Statuses[random.Next(Statuses.Length)]}");
                    break;
                case 4:
                    var serial = ledger.RandomDevice(client.Organization, random)?.SerialNumber ?? "5CG";
                    await client.GetAsync(KindPrefix + "search by serial", $"/api/v1/devices?pageSize=100&search={Uri.EscapeDataString(serial)}");
                    break;
                default:
                    await client.GetAsync(KindPrefix + "status counts", "/api/v1/devices/counts");
                    break;
            }

            await LoadPause.WaitAsync(options.ReaderPause, stop);
        }
    }

    private static string? NextCursor(LoadAnswer answer) =>
        answer.IsSuccess && answer.Json.GetProperty("nextCursor") is { ValueKind: JsonValueKind.String } cursor ? cursor.GetString() : null;
}
