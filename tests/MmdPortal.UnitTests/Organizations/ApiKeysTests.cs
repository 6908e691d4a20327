using MmdPortal.Web.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace MmdPortal.UnitTests.Organizations;

public sealed class ApiKeysTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 10, 15, 30, 0, TimeSpan.Zero));

    [Fact]
    public void NewSecret_IsPrefixedBase64UrlOf32RandomBytes()
    {
        var secret = ApiKeys.NewSecret();

        Assert.Matches("^mmd_[A-Za-z0-9_-]{43}$", secret);
        Assert.NotEqual(secret, ApiKeys.NewSecret());
    }

    [Fact]
    public async Task CreateAsync_WithoutExpiry_ExpiresAtMidnightUtc90DaysOnAndStoresOnlyTheHash()
    {
        await using var database = await TestDatabase.CreateAsync();
        var organizationId = await database.AddOrganizationAsync("Contoso");
        await using var db = database.Context(organizationId);

        var creation = await new ApiKeys(db, _time).CreateAsync(organizationId, new NewApiKey(" ci ", ApiScopes.Read), CancellationToken.None);

        Assert.Null(creation.Problem);
        Assert.Equal(new DateTime(2026, 6, 8, 0, 0, 0, DateTimeKind.Utc), creation.Key!.ExpiresAt);
        var stored = await db.ApiKeys.AsNoTracking().SingleAsync();
        Assert.Equal("ci", stored.Name);
        Assert.Equal(ApiKeyHasher.Hash(creation.Secret!), stored.KeyHash);
        Assert.DoesNotContain(creation.Secret!, stored.KeyHash, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-03-10", "after today")]
    [InlineData("2028-03-10", "within two years")]
    [InlineData(null, null)]
    [InlineData("2028-03-09", null)]
    public async Task CreateAsync_ChecksTheExpiryDate(string? expiresOn, string? problem)
    {
        await using var database = await TestDatabase.CreateAsync();
        var organizationId = await database.AddOrganizationAsync("Contoso");
        await using var db = database.Context(organizationId);

        var creation = await new ApiKeys(db, _time).CreateAsync(organizationId,
            new NewApiKey("k", ApiScopes.Admin, expiresOn is null ? null : DateOnly.Parse(expiresOn, System.Globalization.CultureInfo.InvariantCulture)),
            CancellationToken.None);

        if (problem is null) Assert.Null(creation.Problem);
        else Assert.Contains(problem, creation.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_NeverExpires_HasNoExpiry_AndUnknownScopeIsRefused()
    {
        await using var database = await TestDatabase.CreateAsync();
        var organizationId = await database.AddOrganizationAsync("Contoso");
        await using var db = database.Context(organizationId);
        var keys = new ApiKeys(db, _time);

        var never = await keys.CreateAsync(organizationId, new NewApiKey("k", ApiScopes.CheckIn, NeverExpires: true), CancellationToken.None);
        var root = await keys.CreateAsync(organizationId, new NewApiKey("k", "root"), CancellationToken.None);

        Assert.Null(never.Key!.ExpiresAt);
        Assert.NotNull(root.Problem);
    }

    [Fact]
    public async Task RevokeAsync_AnotherOrganizationsKey_IsNotFoundAndLeavesItWorking()
    {
        await using var database = await TestDatabase.CreateAsync();
        var contoso = await database.AddOrganizationAsync("Contoso");
        var fabrikam = await database.AddOrganizationAsync("Fabrikam");
        int keyId;
        await using (var db = database.Context(contoso))
            keyId = (await new ApiKeys(db, _time).CreateAsync(contoso, new NewApiKey("k", ApiScopes.Admin), CancellationToken.None)).Key!.Id;

        await using var other = database.Context(fabrikam);
        var revoked = await new ApiKeys(other, _time).RevokeAsync(keyId, CancellationToken.None);
        var listed = await new ApiKeys(other, _time).ListAsync(CancellationToken.None);

        Assert.False(revoked);
        Assert.Empty(listed);
        await using var check = database.Context(contoso);
        Assert.Null((await check.ApiKeys.SingleAsync()).RevokedAt);
    }
}
