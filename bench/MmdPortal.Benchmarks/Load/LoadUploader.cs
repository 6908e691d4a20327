using System.Net.Http.Headers;
using MmdPortal.Benchmarks.Data;

namespace MmdPortal.Benchmarks.Load;

/// <summary>An admin who uploads one file of new devices after another, the next as soon as the last is accepted.</summary>
public static class LoadUploader
{
    public const string Kind = "upload (until 202)";

    public static async Task RunAsync(LoadClient client, LoadOptions options, UploadLedger ledger, Func<int> nextFile,
        string folder, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
            await UploadAsync(client, Kind, options.FirstSeed + (nextFile() * options.DevicesPerFile), options.DevicesPerFile, ledger, folder);
    }

    /// <summary>One file of <paramref name="rows"/> new devices from <paramref name="firstSeed"/> on, entered in the ledger.</summary>
    public static async Task<LoadUpload> UploadAsync(LoadClient client, string kind, int firstSeed, int rows, UploadLedger ledger, string folder)
    {
        var path = await DeviceCsv.WriteAsync(folder, rows, firstSeed);
        try
        {
            var part = new ByteArrayContent(await File.ReadAllBytesAsync(path));
            part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            var form = new MultipartFormDataContent { { part, "files", Path.GetFileName(path) } };
            var answer = await client.SendAsync(kind,
                new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/registrations", UriKind.Relative)) { Content = form });
            Guid? requestId = answer.Status == 202 ? answer.Json.GetProperty("requestId").GetGuid() : null;
            var upload = new LoadUpload(client.Organization, firstSeed, rows, requestId, answer.Status);
            ledger.Add(upload);
            return upload;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
