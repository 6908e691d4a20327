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
        {
            var first = options.FirstSeed + (nextFile() * options.DevicesPerFile);
            var path = await DeviceCsv.WriteAsync(folder, options.DevicesPerFile, first);
            try
            {
                var part = new ByteArrayContent(await File.ReadAllBytesAsync(path, CancellationToken.None));
                part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
                var form = new MultipartFormDataContent { { part, "files", Path.GetFileName(path) } };
                var answer = await client.SendAsync(Kind,
                    new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/registrations", UriKind.Relative)) { Content = form });
                Guid? requestId = answer.Status == 202 ? answer.Json.GetProperty("requestId").GetGuid() : null;
                ledger.Add(new LoadUpload(client.Organization, first, options.DevicesPerFile, requestId, answer.Status));
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
