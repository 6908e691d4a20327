using System.Text.Json.Serialization;
using MmdPortal.Web.Registrations;

namespace MmdPortal.Web.Licences;

/// <summary>What adding or importing did. Names that were listed twice count once.</summary>
public sealed record LicenceChange(int Added, int AlreadyLicensed);

/// <summary>An import's outcome: the change, or why the whole file was refused (and nothing stored).</summary>
public sealed record LicenceImport(LicenceChange? Change, UploadProblem? Problem);

/// <summary>A licensed user as the page and the API show them. Field names are the v1 API's.</summary>
public sealed record LicensedUserSummary(
    [property: JsonIgnore] int Key, // the internal key, for keyset paging only
    string UserPrincipalName,
    string? AddedBy,
    DateTime AddedAt);

public sealed record LicencePage(IReadOnlyList<LicensedUserSummary> Items, long? NextAfter);
