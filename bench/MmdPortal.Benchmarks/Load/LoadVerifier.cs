using System.Diagnostics;
using System.Text.Json;
using MmdPortal.Benchmarks.Data;
using MmdPortal.Web.Devices.Hashes;

namespace MmdPortal.Benchmarks.Load;

/// <summary>After the run: waits until every accepted upload is final, then compares, organisation by organisation,
/// the accepted rows with the devices the API lists. Every accepted row must be exactly one device: its own.</summary>
public static class LoadVerifier
{
    private const string Kind = "after the run: ";

    /// <summary>False when some upload was still pending at the timeout.</summary>
    public static async Task<bool> SettleAsync(IReadOnlyList<LoadClient> admins, IReadOnlyList<LoadUpload> accepted, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        foreach (var upload in accepted)
        {
            while (true)
            {
                var answer = await admins[upload.Organization].GetAsync(Kind + "registration status", $"/api/v1/registrations/{upload.RequestId}");
                if (answer.IsSuccess && answer.Json.GetProperty("status").GetString() == "Completed") break;
                if (clock.Elapsed > timeout) return false;
                await Task.Delay(200);
            }
        }

        return true;
    }

    public static async Task<LoadFleetCheck> VerifyAsync(IReadOnlyList<LoadClient> admins, IReadOnlyList<LoadUpload> accepted)
    {
        var check = new LoadFleetCheck();
        for (var organization = 0; organization < admins.Count; organization++)
        {
            var admin = admins[organization];
            var devices = await PagesAsync(admin, "devices", "/api/v1/devices?pageSize=500", "cursor", "nextCursor");
            var bySerial = devices.ToLookup(d => d.GetProperty("serialNumber").GetString()!, d => d.GetProperty("id").GetString());
            check.Devices += devices.Count;
            check.Duplicated += bySerial.Sum(s => s.Count() - 1);

            var expected = new HashSet<string>();
            foreach (var upload in accepted.Where(u => u.Organization == organization))
            {
                var serials = upload.Seeds.ToDictionary(s => HardwareHashBuilder.SampleFacts(s).SerialNumber!, DeviceCsv.IsBadRow);
                expected.UnionWith(serials.Keys);
                check.AcceptedRows += upload.Rows;
                var rows = await PagesAsync(admin, "registration rows", $"/api/v1/registrations/{upload.RequestId}", "rowsCursor", "nextRowsCursor", "rows");
                if (rows.Count != upload.Rows) check.Note($"request {upload.RequestId} lists {rows.Count} rows of {upload.Rows}");
                foreach (var row in rows)
                {
                    var serial = row.GetProperty("serialNumber").GetString() ?? "";
                    var error = row.GetProperty("error").GetString();
                    var deviceId = row.GetProperty("deviceId").GetString();
                    // One row in a hundred carries a damaged hash and must fail; every other row must register.
                    if (!serials.TryGetValue(serial, out var bad)) check.Note($"request {upload.RequestId} has a row for {serial}, which it did not upload");
                    else if (bad != (error is not null)) check.WrongOutcome(error ?? "none where HardwareHashInvalid was due");
                    if (deviceId is null || !bySerial[serial].Contains(deviceId)) check.RowsWithoutTheirDevice++;
                }
            }

            check.Lost += expected.Count(s => !bySerial.Contains(s));
            check.Unexpected += bySerial.Where(s => !expected.Contains(s.Key)).Sum(s => s.Count());
        }

        return check;
    }

    /// <summary>Every item of a keyset-paged list, following its cursor to the end.</summary>
    private static async Task<List<JsonElement>> PagesAsync(LoadClient client, string kind, string url, string cursorParameter,
        string nextCursor, string items = "items")
    {
        var all = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            var page = await client.GetAsync(Kind + kind,
                cursor is null ? url : $"{url}{separator}{cursorParameter}={Uri.EscapeDataString(cursor)}");
            if (!page.IsSuccess) throw new InvalidOperationException($"GET {url} answered {page.Status}: {page.Body}");
            var json = page.Json;
            all.AddRange(json.GetProperty(items).EnumerateArray());
            cursor = json.GetProperty(nextCursor).GetString();
        }
        while (cursor is not null);
        return all;
    }
}
