using MmdPortal.Web.Accounts;
using Microsoft.Extensions.Configuration;

namespace MmdPortal.UnitTests.Accounts;

public sealed class EntraTenantsTests
{
    private const string Fabrikam = "aaaaaaaa-1111-4111-8111-000000000001";
    private const string Tailspin = "bbbbbbbb-2222-4222-8222-000000000002";

    [Fact]
    public void FromConfiguration_ObjectAndBareEntries_AllowBothTenants()
    {
        var tenants = EntraTenants.FromConfiguration(Configuration(new()
        {
            ["AzureAd:AllowedTenants:0:TenantId"] = Fabrikam,
            ["AzureAd:AllowedTenants:0:Organization"] = " Fabrikam ",
            ["AzureAd:AllowedTenants:1"] = Tailspin,
        }));

        Assert.True(tenants.IsAllowed(Fabrikam.ToUpperInvariant(), out var fabrikam));
        Assert.Equal("Fabrikam", fabrikam);
        Assert.True(tenants.IsAllowed(Tailspin, out var tailspin));
        Assert.Null(tailspin);
    }

    [Theory]
    [InlineData("cccccccc-3333-4333-8333-000000000003")]
    [InlineData("not-a-guid")]
    [InlineData(null)]
    public void IsAllowed_UnlistedOrMalformedTenant_IsFalse(string? tenantId)
    {
        var tenants = EntraTenants.FromConfiguration(Configuration(new() { ["AzureAd:AllowedTenants:0"] = Fabrikam }));

        Assert.False(tenants.IsAllowed(tenantId, out _));
    }

    [Fact]
    public void FromConfiguration_EntryThatIsNotATenantId_Throws()
    {
        var configuration = Configuration(new() { ["AzureAd:AllowedTenants:0:Organization"] = "Fabrikam" });

        Assert.Throws<InvalidOperationException>(() => EntraTenants.FromConfiguration(configuration));
    }

    [Fact]
    public void IsConfigured_OnlyWithAClientId()
    {
        Assert.False(EntraTenants.IsConfigured(Configuration(new() { ["AzureAd:TenantId"] = "organizations" })));
        Assert.True(EntraTenants.IsConfigured(Configuration(new() { ["AzureAd:ClientId"] = Tailspin })));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
