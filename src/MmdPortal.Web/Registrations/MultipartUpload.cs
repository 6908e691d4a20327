using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace MmdPortal.Web.Registrations;

/// <summary>Yields the file parts named <c>files</c> of a multipart request as they arrive, never buffering a
/// whole file: each part's stream is read by the CSV reader before the next part is requested.</summary>
public static class MultipartUpload
{
    public const string FilesField = "files";

    public static bool TryGetBoundary(HttpRequest request, out string boundary)
    {
        boundary = "";
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return false;
        boundary = HeaderUtilities.RemoveQuotes(contentType.Boundary).Value ?? "";
        return boundary.Length is > 0 and <= 70;
    }

    public static async IAsyncEnumerable<UploadedFile> ReadFilesAsync(
        HttpRequest request, string boundary, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.IsFileDisposition()
                || !FilesField.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, StringComparison.OrdinalIgnoreCase))
                continue;

            var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
            yield return new UploadedFile(SafeFileName(name), section.Body);
        }
    }

    /// <summary>Only the last path segment of a client's file name is kept (browsers on Windows may send a path).</summary>
    public static string SafeFileName(string? name)
    {
        var last = (name ?? "").Replace('\\', '/').Split('/').LastOrDefault()?.Trim();
        if (string.IsNullOrEmpty(last)) return "upload.csv";
        return last.Length <= 200 ? last : last[..200];
    }
}
