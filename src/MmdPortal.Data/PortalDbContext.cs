using MmdPortal.Data.Audit;
using MmdPortal.Data.Catalog;
using MmdPortal.Data.Devices;
using MmdPortal.Data.Errors;
using MmdPortal.Data.Licences;
using MmdPortal.Data.Organizations;
using MmdPortal.Data.Registrations;
using MmdPortal.Data.Releases;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Data;

public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options, IOrganizationScope scope)
    : DbContext(options), IDataProtectionKeyContext
{
    public const string TenantFilter = "Tenant";

    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<UserAccount> Users => Set<UserAccount>();
    public DbSet<Device> Devices => Set<Device>();
    public DbSet<DeviceHardwareHash> HardwareHashes => Set<DeviceHardwareHash>();
    public DbSet<RegistrationRequest> Requests => Set<RegistrationRequest>();
    public DbSet<RegistrationRow> Rows => Set<RegistrationRow>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DeviceTransition> Transitions => Set<DeviceTransition>();
    public DbSet<CatalogModel> CatalogModels => Set<CatalogModel>();
    public DbSet<LicensedUser> LicensedUsers => Set<LicensedUser>();

    /// <summary>Filtered to the requests where the organisation is either side.</summary>
    public DbSet<ReleaseRequest> ReleaseRequests => Set<ReleaseRequest>();

    /// <summary>Not tenant-filtered: only the support lookup reads it, across organisations.</summary>
    public DbSet<ErrorRecord> Errors => Set<ErrorRecord>();

    /// <summary>ASP.NET Core Data Protection keys (cookies, antiforgery), shared by every instance of the portal.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    // Read by the query filters on every query, so each context instance sees only its own organisation.
    // Cross-organisation work (the background worker, API key lookup) says so with IgnoreQueryFilters.
    internal int? OrganizationId => scope.OrganizationId;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        if (Database.ProviderName == SqlServerModel.ProviderName) SqlServerModel.Apply(modelBuilder);
        if (Database.ProviderName == PostgreSqlModel.ProviderName) PostgreSqlModel.Apply(modelBuilder);
        modelBuilder.Entity<ApiKey>().HasQueryFilter(TenantFilter, k => k.OrganizationId == OrganizationId);
        modelBuilder.Entity<UserAccount>().HasQueryFilter(TenantFilter, u => u.OrganizationId == OrganizationId);
        modelBuilder.Entity<Device>().HasQueryFilter(TenantFilter, d => d.OrganizationId == OrganizationId);
        modelBuilder.Entity<DeviceHardwareHash>().HasQueryFilter(TenantFilter, h => h.OrganizationId == OrganizationId);
        modelBuilder.Entity<RegistrationRequest>().HasQueryFilter(TenantFilter, r => r.OrganizationId == OrganizationId);
        modelBuilder.Entity<RegistrationRow>().HasQueryFilter(TenantFilter, r => r.OrganizationId == OrganizationId);
        modelBuilder.Entity<DeviceTransition>().HasQueryFilter(TenantFilter, t => t.OrganizationId == OrganizationId);
        modelBuilder.Entity<CatalogModel>().HasQueryFilter(TenantFilter, m => m.OrganizationId == OrganizationId);
        modelBuilder.Entity<LicensedUser>().HasQueryFilter(TenantFilter, l => l.OrganizationId == OrganizationId);
        modelBuilder.Entity<ReleaseRequest>().HasQueryFilter(TenantFilter,
            r => r.RequesterOrganizationId == OrganizationId || r.OwnerOrganizationId == OrganizationId);
        modelBuilder.Entity<AuditEntry>().HasQueryFilter(TenantFilter, a => a.OrganizationId != null && a.OrganizationId == OrganizationId);
    }
}
