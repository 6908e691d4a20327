using System.Text.Json.Nodes;

namespace MmdPortal.Web.ApiReference;

/// <summary>The examples of the OpenAPI document. Each call builds a new node: a JsonNode has one parent.</summary>
public static class ApiExampleValues
{
    private const string DeviceId = "0199f0c2-6a1e-7b53-9c2e-3d4b5a6f7081";
    private const string RequestId = "0199f0c1-2b3c-7d4e-8f90-a1b2c3d4e5f6";

    /// <summary>A file as Get-WindowsAutoPilotInfo -OutputFile writes it (the hash cut short here).</summary>
    public const string AutopilotCsv =
        "Device Serial Number,Windows Product ID,Hardware Hash\r\n" +
        "PF2A7K4Q,,T0G7AwEAHAAAAAoAAQBlSgAACgCIDGVKdzV1w4AB0gkCABAACQABAAIABAABAAAABQAZAAgAAAAAAAAACAAAAAAA…\r\n";

    public static JsonNode Upload() => new JsonObject { ["files"] = new JsonArray(AutopilotCsv) };

    public static JsonNode Accepted() => new JsonObject
    {
        ["requestId"] = RequestId, ["status"] = "Pending", ["rowCount"] = 3,
    };

    public static JsonNode Problem() => new JsonObject
    {
        ["type"] = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        ["title"] = "The upload cannot be used; nothing was stored.",
        ["status"] = 400,
        ["detail"] = "devices.csv line 4: the hardware hash is not valid Base64.",
        ["file"] = "devices.csv",
        ["line"] = 4,
        ["requestId"] = "0HNH8QK2S3V1L:00000001",
    };

    public static JsonNode DevicePage() => new JsonObject
    {
        ["items"] = new JsonArray(new JsonObject
        {
            ["id"] = DeviceId, ["serialNumber"] = "PF2A7K4Q", ["manufacturer"] = "LENOVO", ["model"] = "ThinkPad X1 Carbon Gen 11",
            ["groupTag"] = "Sales", ["assignedUser"] = "adele.vance@contoso.com", ["primaryUser"] = "adele.vance@contoso.com",
            ["status"] = "Active", ["error"] = null, ["errorDetail"] = null, ["requestId"] = RequestId,
            ["registeredAt"] = "2026-11-25T20:00:00Z", ["lastSeenAt"] = "2026-11-26T08:12:00Z", ["needsLicence"] = false,
            ["image"] = "SuppliedByPartner", ["deliveredAt"] = "2026-11-26T07:30:00Z", ["deliveredTo"] = "adele.vance@contoso.com",
        }),
        ["nextCursor"] = "eyJrIjoxMjN9",
    };

    public static JsonNode CheckIns() => new JsonObject
    {
        ["devices"] = new JsonArray(new JsonObject
        {
            ["serialNumber"] = "PF2A7K4Q", ["manufacturer"] = "LENOVO", ["model"] = "ThinkPad X1 Carbon Gen 11",
            ["userPrincipalName"] = "adele.vance@contoso.com", ["at"] = "2026-11-26T08:12:00Z",
        }),
    };

    public static JsonNode CheckInResult() => new JsonObject
    {
        ["received"] = 2, ["updated"] = 1, ["activated"] = 1,
        ["problems"] = new JsonArray(new JsonObject
        {
            ["index"] = 1, ["serialNumber"] = "5CG1234567", ["problem"] = "UnknownDevice",
            ["detail"] = "Your organisation has no registered device with this manufacturer and serial number.",
        }),
    };

    public static JsonNode Assignment() => new JsonObject
    {
        ["deviceIds"] = new JsonArray(DeviceId), ["assignedUser"] = "adele.vance@contoso.com", ["groupTag"] = "Sales",
    };

    public static JsonNode Selection() => new JsonObject { ["deviceIds"] = new JsonArray(DeviceId) };

    public static JsonNode NewApiKey() => new JsonObject
    {
        ["name"] = "nightly export", ["scope"] = "read", ["expiresOn"] = "2027-03-01", ["neverExpires"] = false,
    };
}
