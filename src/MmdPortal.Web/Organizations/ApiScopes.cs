namespace MmdPortal.Web.Organizations;

/// <summary>What an API key may do. Key scopes and their policies are completed by the identity issue.</summary>
public static class ApiScopes
{
    public const string Admin = "admin";
    public const string Read = "read";
    public const string CheckIn = "checkin";
}
