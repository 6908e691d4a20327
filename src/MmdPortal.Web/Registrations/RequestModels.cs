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
    string File, int Line, string? SerialNumber, Guid? DeviceId, DeviceStatus Status, RegistrationError? Error, string? Detail);

public sealed record RequestSummary(
    Guid RequestId, RequestStatus Status, int RowCount, IReadOnlyList<string> Files, DateTime CreatedAt,
    DateTime? CompletedAt, string? CreatedBy);
