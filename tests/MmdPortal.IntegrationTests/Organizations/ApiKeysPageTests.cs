using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using MmdPortal.Data;
using MmdPortal.Data.Organizations;
using MmdPortal.Web.Cli;
using MmdPortal.Web.Organizations;
using Microsoft.Extensions.DependencyInjection;

namespace MmdPortal.IntegrationTests.Organizations;

/// <summary>Admins create keys with a scope and an expiry, see each secret once, and revoke keys at once.</summary>
public sealed class ApiKeysPageTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task CreatedKey_IsShownOnceAndWorksWithItsScope()
    {
        var admin = await portal.SignedInClientAsync();

        var (page, secret) = await KeysPage.CreateAsync(admin, "reporting script", "read");
        var reload = await (await admin.GetAsync("/Keys")).ReadHtmlAsync();
        var reader = portal.CreateApiClient(secret);
        using var devices = await reader.GetAsync("/api/v1/devices");
        using var upload = await portal.UploadAsync(reader, ("a.csv", TestCsv.Autopilot(9101)));

        Assert.StartsWith("mmd_", secret, StringComparison.Ordinal);
        Assert.Equal(47, secret.Length);
        Assert.Contains("Copy the key now", page);
        Assert.Contains("reporting script", reload);
        Assert.DoesNotContain(secret, reload);
        Assert.Equal(HttpStatusCode.OK, devices.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Contains("API keys", reload);
    }

    [Fact]
    public async Task AdminKey_RegistersAndShowsItsLastUse()
    {
        var admin = await portal.SignedInClientAsync();
        var (_, secret) = await KeysPage.CreateAsync(admin, "uploader", "admin", never: true);

        var api = portal.CreateApiClient(secret);
        await portal.RegisterAsync(api, ("a.csv", TestCsv.Autopilot(9111)));
        var page = await (await admin.GetAsync("/Keys")).ReadHtmlAsync();

        var row = page[page.IndexOf("<td>uploader</td>", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Single(Regex.Matches(row, "Never"));
        Assert.Contains(DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row);
    }

    [Fact]
    public async Task RevokedKey_Is401AtOnce()
    {
        var admin = await portal.SignedInClientAsync();
        var (page, secret) = await KeysPage.CreateAsync(admin, "to revoke", "admin");
        var api = portal.CreateApiClient(secret);
        using var before = await api.GetAsync("/api/v1/devices");

        using var revoke = await KeysPage.RevokeAsync(admin, KeysPage.IdOf(page, "to revoke"));
        using var after = await api.GetAsync("/api/v1/devices");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Contains("The key was revoked", await revoke.ReadHtmlAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(800)]
    public async Task ExpiryNotAfterTodayOrBeyondTwoYears_IsRefused(int days)
    {
        var admin = await portal.SignedInClientAsync();
        var date = DateTime.UtcNow.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var (page, secret) = await KeysPage.CreateAsync(admin, $"bad expiry {days}", "read", date);

        Assert.Equal("", secret);
        Assert.Contains("Choose an expiry date", page);
    }

    [Fact]
    public async Task ExpiredKey_Is401()
    {
        var key = ApiKeys.NewSecret();
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.ApiKeys.Add(new ApiKey
            {
                OrganizationId = scope.ServiceProvider.GetRequiredService<BootstrapOrganization>().Id, Name = "expired",
                KeyHash = ApiKeyHasher.Hash(key), Scope = ApiScopes.Admin, CreatedAt = DateTime.UtcNow.AddDays(-91),
                ExpiresAt = DateTime.UtcNow.AddMinutes(-1),
            });
            await db.SaveChangesAsync();
        }

        using var response = await portal.CreateApiClient(key).GetAsync("/api/v1/devices");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task KeysOfAnotherOrganization_AreNeitherListedNorRevocable()
    {
        var contoso = await portal.SignedInClientAsync();
        var (page, secret) = await KeysPage.CreateAsync(contoso, "contoso only", "admin");
        var contosoKeyId = KeysPage.IdOf(page, "contoso only");
        var output = new StringWriter();
        Assert.Equal(0, await OperatorCommands.RunAsync(portal.Services,
            ["org", "add", "Northwind", "--admin", "admin@northwind.test", "--password", "Northwind-Password-1", "--api-key"],
            output, new StringWriter(), CancellationToken.None));
        var northwindKey = output.ToString().Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("mmd_", StringComparison.Ordinal));
        var northwind = await portal.SignedInClientAsync("admin@northwind.test", "Northwind-Password-1");
        var northwindApi = portal.CreateApiClient(northwindKey);

        var northwindPage = await (await northwind.GetAsync("/Keys")).ReadHtmlAsync();
        using var pageRevoke = await KeysPage.RevokeAsync(northwind, contosoKeyId);
        var apiList = await (await northwindApi.GetAsync("/api/v1/keys")).ReadJsonAsync();
        using var apiRevoke = await northwindApi.DeleteAsync($"/api/v1/keys/{contosoKeyId}");
        using var stillWorks = await portal.CreateApiClient(secret).GetAsync("/api/v1/devices");

        Assert.DoesNotContain("contoso only", northwindPage);
        Assert.Equal(HttpStatusCode.NotFound, pageRevoke.StatusCode);
        Assert.DoesNotContain("contoso only", apiList.ToJsonString());
        Assert.Equal(HttpStatusCode.NotFound, apiRevoke.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillWorks.StatusCode);
    }

    [Fact]
    public async Task KeysApi_CreatesListsAndRevokes()
    {
        var api = portal.CreateApiClient();

        using var created = await api.PostAsJsonAsync("/api/v1/keys", new { name = "from api", scope = "read" });
        var key = await created.ReadJsonAsync(HttpStatusCode.Created);
        Assert.True(created.Headers.CacheControl?.NoStore, "The new key's answer may be cached.");
        var secret = key["key"]!.GetValue<string>();
        using var read = await portal.CreateApiClient(secret).GetAsync("/api/v1/devices");
        var list = await (await api.GetAsync("/api/v1/keys")).ReadJsonAsync();
        using var readKeyCannotList = await portal.CreateApiClient(secret).GetAsync("/api/v1/keys");
        using var revoked = await api.DeleteAsync($"/api/v1/keys/{key["id"]}");
        using var afterRevoke = await portal.CreateApiClient(secret).GetAsync("/api/v1/devices");
        using var badScope = await api.PostAsJsonAsync("/api/v1/keys", new { name = "x", scope = "root" });

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains("from api", list.ToJsonString());
        Assert.DoesNotContain(secret, list.ToJsonString());
        Assert.Equal(HttpStatusCode.Forbidden, readKeyCannotList.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badScope.StatusCode);
    }

    [Fact]
    public async Task Reader_CannotOpenTheKeysPage()
    {
        await portal.TryCreateUserAsync("keys.reader@contoso.test", "Reader-Password-1", "Reader");
        var reader = await portal.SignedInClientAsync("keys.reader@contoso.test", "Reader-Password-1");

        using var response = await reader.GetAsync("/Keys");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("href=\"/Keys\"", await (await reader.GetAsync("/Devices")).ReadHtmlAsync());
    }
}
