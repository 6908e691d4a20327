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

    /// <summary>Only the last path segment of a client's file name is kept (browsers on Windows may send a path),
    /// without control characters (CR/LF would forge lines in logs and CSVs, NUL ends strings) or the bidirectional
    /// overrides that make "\u202Evsc.exe" read as "exe.csv".</summary>
    public static string SafeFileName(string? name)
    {
        var last = (name ?? "").Replace('\\', '/').Split('/').LastOrDefault()?.Trim();
        if (string.IsNullOrEmpty(last) || last is "." or "..") return "upload.csv";
        if (last.AsSpan().IndexOfAny(Unsafe) >= 0)
            last = string.Create(last.Length, last, (chars, source) =>
            {
                for (var i = 0; i < chars.Length; i++) chars[i] = Unsafe.Contains(source[i]) ? '_' : source[i];
            });
        return last.Length <= 200 ? last : last[..200];
    }

    private static readonly System.Buffers.SearchValues<char> Unsafe = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c)) + "\u007F" +
        string.Concat(Enumerable.Range(0x80, 0x20).Select(c => (char)c)) + "\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");
}
