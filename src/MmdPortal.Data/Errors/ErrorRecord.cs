namespace MmdPortal.Data.Errors;

/// <summary>An unexpected error, stored under the Request ID the user was shown (or the upload's ID for
/// registration work) so that the support desk can find it. Read by Support only, across organisations.</summary>
public sealed class ErrorRecord
{
    public const int MaxDetailLength = 16_000;
    public const int MaxMessageLength = 2_000;

    public long Id { get; set; }

    /// <summary>Normalised: a GUID in its "D" form, anything else (a trace identifier) in upper case.</summary>
    public required string RequestId { get; set; }

    public DateTime OccurredAt { get; set; }
    public int? OrganizationId { get; set; }
    public string? UserName { get; set; }

    /// <summary>"GET /Devices", or the background work that failed ("registration worker pass").</summary>
    public required string Operation { get; set; }

    public required string ExceptionType { get; set; }
    public required string Message { get; set; }

    /// <summary>The exception with its stack trace, cut at <see cref="MaxDetailLength"/> characters.</summary>
    public required string Detail { get; set; }

    /// <summary>The form Request IDs are stored and looked up in, whatever case or spaces they were pasted with.</summary>
    public static string NormalizeRequestId(string requestId)
    {
        var compact = string.Concat(requestId.Where(c => !char.IsWhiteSpace(c)));
        return Guid.TryParse(compact, out var guid) ? guid.ToString("D") : compact.ToUpperInvariant();
    }
}
