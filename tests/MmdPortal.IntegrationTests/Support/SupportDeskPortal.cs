namespace MmdPortal.IntegrationTests.Support;

/// <summary>The support desk's tests sign in as several people from one address, more often than the sign-in rate
/// limit allows in a minute.</summary>
public sealed class SupportDeskPortal : PortalApplicationFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Accounts:SignInsPerMinute"] = "1000" };
}
