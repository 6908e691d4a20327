using System.Text.Json.Serialization;
using MmdPortal.Data.Devices;

namespace MmdPortal.Web.Devices;

/// <summary>A device as the blade and the API show it. Field names are the v1 API's.</summary>
public sealed record DeviceSummary(
    [property: JsonIgnore] long Key, // the internal key, for keyset paging only
    Guid Id,
    string SerialNumber,
    string? Manufacturer,
    string? Model,
    string? GroupTag,
    string? AssignedUser,
    string? PrimaryUser,
    DeviceStatus Status,
    RegistrationError? Error,
    string? ErrorDetail,
    Guid RequestId,
    DateTime RegisteredAt,
    DateTime? LastSeenAt,
    bool NeedsLicence, // Ready for user, and the assigned user holds no licence: not to be delivered yet
    ImageSource Image, // step 4 of the guide: whether the image was checked, and who supplied it
    DateTime? DeliveredAt, // step 5: when it was handed over
    string? DeliveredTo); // and to whom
