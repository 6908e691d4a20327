namespace MmdPortal.Data.Registrations;

/// <summary>One upload (or, later, one retry): what support looks up by its Request ID.</summary>
public sealed class RegistrationRequest
{
    public long Id { get; set; }

    /// <summary>The Request ID shown to users and support.</summary>
    public Guid RequestId { get; set; }

    public int OrganizationId { get; set; }
    public RequestKind Kind { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    public RequestStatus Status { get; set; }
    public int RowCount { get; set; }
    public List<string> Files { get; set; } = [];

    /// <summary>What the upload's files had that was ignored (e.g. unknown columns), for the admin to check.</summary>
    /// <summary>Each an English text, or its composite format string with the values at the same place in
    /// <see cref="WarningArgs"/>.</summary>
    public List<string> Warnings { get; set; } = [];

    /// <summary>The values of each of <see cref="Warnings"/> as a JSON array of strings ("" for none); null for a
    /// request stored before values were.</summary>
    public List<string>? WarningArgs { get; set; }
}

public enum RequestKind
{
    /// <summary>Files uploaded by an admin or through the API.</summary>
    Upload = 0,

    /// <summary>Failed devices sent through registration again, by an admin or after a release.</summary>
    Retry = 1,
}
