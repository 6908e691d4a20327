using System.Text.Json.Serialization;
using MmdPortal.Data.Devices;
using MmdPortal.Data.Registrations;

namespace MmdPortal.Web.Registrations;

/// <summary>A request as the API and pages show it. Field names are the v1 API's.</summary>
public sealed record RequestDocument(
    Guid RequestId,
    RequestStatus Status,
    int RowCount,
    IReadOnlyList<string> Files,
    IReadOnlyList<string> Warnings,
    DateTime CreatedAt,
    DateTime? CompletedAt,
    IReadOnlyDictionary<string, int> Counts,
    IReadOnlyList<RowOutcome> Rows,
    string? NextRowsCursor);

public sealed record RowOutcome(
    [property: JsonIgnore] int Position, // the row's place in the request, for keyset paging only
    [property: JsonIgnore] bool CreatedDevice,
    string File, int Line, string? SerialNumber, Guid? DeviceId, DeviceStatus Status, RegistrationError? Error, string? Detail)
{
    /// <summary>The request under which the row's current outcome was decided: a device retried since reports the
    /// retry's ID, which is the one any stored error is filed under. Pages only.</summary>
    [JsonIgnore] public Guid? DecidedBy { get; init; }

    /// <summary>"Retry" rows name no file: their line is the device's place in the retry.</summary>
    [JsonIgnore] public bool IsRetry => File == RetryFile;

    public const string RetryFile = "Retry";
}

/// <summary>A request in the list. <c>Counts</c> are its rows by outcome (status name), as in <see cref="RequestDocument"/>.</summary>
public sealed record RequestSummary(
    Guid RequestId, RequestKind Kind, RequestStatus Status, int RowCount, IReadOnlyList<string> Files, DateTime CreatedAt,
    DateTime? CompletedAt, string? CreatedBy)
{
    public IReadOnlyDictionary<string, int> Counts { get; init; } = new Dictionary<string, int>();
}
