namespace MmdPortal.Benchmarks.Data;

/// <summary>A row of the Devices table as the portal writes it; the limit and the seeders fill these.</summary>
public sealed class DeviceRecord
{
    /// <summary>The columns in the order <see cref="Values"/> gives them.</summary>
    public static readonly string[] Columns =
    [
        "Id", "PublicId", "OrganizationId", "SerialNumber", "Manufacturer", "Model", "ProductId", "GroupTag",
        "AssignedUser", "PrimaryUser", "Status", "Error", "ErrorDetail", "HashSerialNumber", "HashManufacturer",
        "HashModel", "HashProblem", "HashKey", "SerialKey", "RequestId", "RegisteredAt", "StatusChangedAt",
        "LastSeenAt", "DeregisteredAt", "ClaimExpiresAt", "ClaimAttempts", "ChangeToken", "Image",
    ];

    public long Id { get; set; }
    public Guid PublicId { get; set; }
    public int OrganizationId { get; set; }
    public string SerialNumber { get; set; } = "";
    public string? Manufacturer { get; set; }
    public string? Model { get; set; }
    public string? ProductId { get; set; }
    public string? GroupTag { get; set; }
    public string? AssignedUser { get; set; }
    public string? PrimaryUser { get; set; }
    public int Status { get; set; }
    public int? Error { get; set; }
    public string? ErrorDetail { get; set; }
    public string? HashSerialNumber { get; set; }
    public string? HashManufacturer { get; set; }
    public string? HashModel { get; set; }
    public string? HashProblem { get; set; }
    public string? HashKey { get; set; }
    public string? SerialKey { get; set; }
    public long RequestId { get; set; }
    public DateTime RegisteredAt { get; set; }
    public DateTime StatusChangedAt { get; set; }
    public DateTime? LastSeenAt { get; set; }
    public long? ChangeToken { get; set; }

    /// <summary>The raw hash for the HardwareHashes table; null writes no hash row.</summary>
    public string? HardwareHash { get; set; }

    public object?[] Values() =>
    [
        Id, PublicId, OrganizationId, SerialNumber, Manufacturer, Model, ProductId, GroupTag,
        AssignedUser, PrimaryUser, Status, Error, ErrorDetail, HashSerialNumber, HashManufacturer,
        HashModel, HashProblem, HashKey, SerialKey, RequestId, RegisteredAt, StatusChangedAt,
        // Image 0: not checked yet (step 4 of the guide).
        LastSeenAt, null, null, 0, ChangeToken, 0,
    ];
}
