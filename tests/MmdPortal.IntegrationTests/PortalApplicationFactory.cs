using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MmdPortal.Data;
using MmdPortal.Data.Organizations;
using MmdPortal.Web.Devices;
using MmdPortal.Web.Organizations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MmdPortal.IntegrationTests;

/// <summary>The real portal on a fresh database with the real migrations, one per test class: a SQLite file, or a
/// PostgreSQL database when <see cref="TestPostgresDatabase.Variable"/> names a server.</summary>
public class PortalApplicationFactory : WebApplicationFactory<Program>
{
    public const string AdminKey = "test-admin-key-0123456789";
    public const string AdminUser = "admin@contoso.test";
    public const string AdminPassword = "Correct-Horse-Battery-42";
    private readonly string _folder;
    private readonly TestPostgresDatabase? _postgres;

    public PortalApplicationFactory()
        : this(Path.Combine(Path.GetTempPath(), "mmdportal-tests", Guid.NewGuid().ToString("N")), TestPostgresDatabase.FromEnvironment())
    {
    }

    // xunit class fixtures need exactly one public constructor: this one is for subclasses.
    protected PortalApplicationFactory(string folder, TestPostgresDatabase? postgres)
    {
        _folder = folder;
        _postgres = postgres;
    }

    /// <summary>A second instance of the portal on this one's database, as behind a load balancer.</summary>
    public PortalApplicationFactory SecondInstance() => new SharedDatabase(_folder, _postgres, null, null);

    /// <summary>A further instance on this one's database with settings and a clock of its own (e.g. the instance
    /// that starts after another one died).</summary>
    public PortalApplicationFactory SecondInstance(IReadOnlyDictionary<string, string?> settings, TimeProvider? time = null,
        Action<IServiceCollection>? services = null) =>
        new SharedDatabase(_folder, _postgres, settings, time, services);

    private sealed class SharedDatabase(string folder, TestPostgresDatabase? postgres,
        IReadOnlyDictionary<string, string?>? settings, TimeProvider? time, Action<IServiceCollection>? services = null)
        : PortalApplicationFactory(folder, postgres)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (services is not null) builder.ConfigureTestServices(services);
        }

        protected override IReadOnlyDictionary<string, string?> Settings => settings ?? base.Settings;
        protected override TimeProvider? Time => time;

        // The first instance owns the database: this one may stop (as an instance that dies) while it lives on.
        protected override bool OwnsDatabase => false;
    }

    /// <summary>Whether disposing this instance deletes its database.</summary>
    protected virtual bool OwnsDatabase => true;

    /// <summary>Settings a test class changes; applied on top of the defaults below.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>The clock of the portal; null for the system clock.</summary>
    protected virtual TimeProvider? Time => null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Development");
        if (_postgres is null)
        {
            builder.UseSetting("ConnectionStrings:Portal", $"Data Source={Path.Combine(_folder, "portal.db")}");
        }
        else
        {
            builder.UseSetting("Database:Provider", "PostgreSQL");
            builder.UseSetting("ConnectionStrings:Portal", _postgres.ConnectionString);
            // A database server's default is to leave migrations to the operator; the tests' fresh database is
            // created and migrated by the portal's own start-up, as a first deployment with the switch on.
            builder.UseSetting("Database:MigrateOnStartup", "true");
        }

        builder.UseSetting("Bootstrap:AdminApiKey", AdminKey);
        builder.UseSetting("Bootstrap:AdminUser", AdminUser);
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // A long poll interval proves that uploads wake the worker rather than the timer finding their devices.
        builder.UseSetting("Registration:PollInterval", "00:10:00");
        // Sweeps run on the real clock; tests that need one call SweepAsync.
        builder.UseSetting("Lifecycle:SweepEnabled", "false");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        if (Time is { } time) builder.ConfigureTestServices(services => services.AddSingleton(time));
    }

    public HttpClient CreateApiClient(string key = AdminKey)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public async Task<HttpResponseMessage> UploadAsync(HttpClient client, params (string Name, string Content)[] files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new StringContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(part, "files", name);
        }

        return await client.PostAsync("/api/v1/registrations", form);
    }

    /// <summary>Uploads through the API and returns the accepted request's ID.</summary>
    public async Task<Guid> RegisterAsync(HttpClient client, params (string Name, string Content)[] files)
    {
        using var response = await UploadAsync(client, files);
        var body = await response.ReadJsonAsync(System.Net.HttpStatusCode.Accepted);
        return body["requestId"]!.GetValue<Guid>();
    }

    /// <summary>Waits, without a fixed sleep, until the worker has finished the request; fails after 30 s.</summary>
    public async Task<JsonNode> WaitUntilCompletedAsync(HttpClient client, Guid requestId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var document = await GetRequestAsync(client, requestId);
            if (document["status"]!.GetValue<string>() == "Completed") return document;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Request {requestId} still pending: {document}");
            await Task.Delay(50);
        }
    }

    public async Task<JsonNode> GetRequestAsync(HttpClient client, Guid requestId, string? rowsCursor = null)
    {
        var url = $"/api/v1/registrations/{requestId}" + (rowsCursor is null ? "" : $"?rowsCursor={rowsCursor}");
        using var response = await client.GetAsync(url);
        return await response.ReadJsonAsync();
    }

    public async Task<JsonArray> GetDevicesAsync(HttpClient client, string query = "")
    {
        using var response = await client.GetAsync($"/api/v1/devices?pageSize=500&{query}");
        return (await response.ReadJsonAsync())["items"]!.AsArray();
    }

    /// <summary>One pass of the registration worker, for tests that switch the worker off.</summary>
    public async Task<int> AdvanceAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DeviceStateAdvancer>().AdvanceAsync(CancellationToken.None);
    }

    /// <summary>Posts <paramref name="devices"/> as the body of <c>POST /api/v1/checkins</c>.</summary>
    public async Task<HttpResponseMessage> CheckInAsync(HttpClient client, params object[] devices) =>
        await client.PostAsJsonAsync("/api/v1/checkins", new { devices });

    /// <summary>One inactivity sweep, for tests (the sweep worker is off).</summary>
    public async Task<int> SweepAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MmdPortal.Web.Lifecycle.InactivitySweep>().SweepAsync(CancellationToken.None);
    }

    /// <summary>A key of the bootstrap organisation with the given scope.</summary>
    public async Task<string> CreateApiKeyAsync(string scope)
    {
        await using var scope_ = Services.CreateAsyncScope();
        var db = scope_.ServiceProvider.GetRequiredService<PortalDbContext>();
        var key = $"key-{Guid.NewGuid():N}";
        db.ApiKeys.Add(new ApiKey
        {
            OrganizationId = scope_.ServiceProvider.GetRequiredService<BootstrapOrganization>().Id, Name = scope,
            KeyHash = ApiKeyHasher.Hash(key), Scope = scope, CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return key;
    }

    /// <summary>A further organisation with an admin key, as the operator will create them.</summary>
    /// <param name="name">The organisation's name.</param>
    /// <param name="keyName">The key's name, which the portal records as "API key '<paramref name="keyName"/>'".</param>
    public async Task<string> CreateOrganizationAsync(string name, string keyName = "test")
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var organization = new Organization { Name = name, CreatedAt = DateTime.UtcNow };
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        var key = $"key-{Guid.NewGuid():N}";
        db.ApiKeys.Add(new ApiKey
        {
            OrganizationId = organization.Id, Name = keyName, KeyHash = ApiKeyHasher.Hash(key),
            Scope = ApiScopes.Admin, CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return key;
    }

    /// <summary>A further organisation with one admin user, who can then sign in.</summary>
    public async Task CreateOrganizationWithAdminAsync(string name, string userName, string password)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var organization = new Organization { Name = name, CreatedAt = DateTime.UtcNow };
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<MmdPortal.Web.Accounts.LocalAccounts>().CreateAsync(
            organization.Id, userName, password, MmdPortal.Web.Accounts.PortalRoles.Admin, CancellationToken.None));
    }

    /// <summary>A further admin key of the organisation named, for setting up what its users then see.</summary>
    public async Task<string> CreateApiKeyAsync(string organizationName, string keyName)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var organizationId = await db.Organizations.Where(o => o.Name == organizationName).Select(o => o.Id).SingleAsync();
        var key = $"key-{Guid.NewGuid():N}";
        db.ApiKeys.Add(new ApiKey
        {
            OrganizationId = organizationId, Name = keyName, KeyHash = ApiKeyHasher.Hash(key),
            Scope = ApiScopes.Admin, CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return key;
    }

    /// <summary>A further user of the bootstrap organisation (or, with Support, of none).</summary>
    public async Task CreateUserAsync(string userName, string password, string role) =>
        Assert.Null(await TryCreateUserAsync(userName, password, role));

    /// <summary>As <see cref="CreateUserAsync"/>, but returns what was wrong (e.g. the user exists already).</summary>
    public async Task<string?> TryCreateUserAsync(string userName, string password, string role)
    {
        await using var scope = Services.CreateAsyncScope();
        var bootstrap = scope.ServiceProvider.GetRequiredService<BootstrapOrganization>();
        return await scope.ServiceProvider.GetRequiredService<MmdPortal.Web.Accounts.LocalAccounts>().CreateAsync(
            role == MmdPortal.Web.Accounts.PortalRoles.Support ? null : bootstrap.Id, userName, password, role, CancellationToken.None);
    }

    /// <summary>Counts rows of every organisation, straight from the database.</summary>
    public async Task<(int Devices, int Requests, int Rows)> CountAllAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return (await db.Devices.IgnoreQueryFilters().CountAsync(),
            await db.Requests.IgnoreQueryFilters().CountAsync(),
            await db.Rows.IgnoreQueryFilters().CountAsync());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || !OwnsDatabase) return;
        _postgres?.Drop();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>For classes that drive the worker by hand with <see cref="PortalApplicationFactory.AdvanceAsync"/>.</summary>
public sealed class ManualWorkerPortalFactory : PortalApplicationFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Registration:WorkerEnabled"] = "false" };
}
