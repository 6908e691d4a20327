using System.ComponentModel.DataAnnotations;

namespace MmdPortal.Web.Organizations;

public sealed class ApiKeyOptions
{
    public const string Section = "ApiKeys";

    /// <summary>Calls per key and minute; one more is answered 429 with Retry-After.</summary>
    [Range(1, 1_000_000)]
    public int RequestsPerMinute { get; init; } = 600;
}
