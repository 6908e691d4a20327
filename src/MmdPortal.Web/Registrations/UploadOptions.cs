using System.ComponentModel.DataAnnotations;

namespace MmdPortal.Web.Registrations;

public sealed class UploadOptions
{
    public const string Section = "Upload";

    /// <summary>Data rows per upload, over all its files (the service we clone takes 500).</summary>
    [Range(1, 10_000_000)]
    public int MaxRows { get; init; } = 100_000;

    /// <summary>Request body size of an upload: 100,000 rows written as UTF-16 are about 800 MB.</summary>
    [Range(1024, long.MaxValue)]
    public long MaxBytes { get; init; } = 1L << 30;

    /// <summary>Rows written per database round trip. Two batches are in memory at once (one read while the one
    /// before is written), with their 4 KB hashes; 500 rows kept a 100,000-device upload's peak lower than 1,000 did,
    /// and no slower (docs/performance.md, item 19).</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; init; } = 500;
}
