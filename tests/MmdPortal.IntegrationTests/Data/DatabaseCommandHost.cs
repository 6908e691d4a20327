using MmdPortal.Data;
using MmdPortal.Web.Cli;
using MmdPortal.Web.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MmdPortal.IntegrationTests.Data;

/// <summary>The database verbs as the executable runs them (before the database is prepared, no web server), with
/// the portal's own database registration and the given settings.</summary>
public static class DatabaseCommandHost
{
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(
        IReadOnlyDictionary<string, string?> settings, params string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<IOrganizationScope, NoOrganization>();
        builder.AddPortalDatabase();
        using var host = builder.Build();
        return await RunAsync(host.Services, args);
    }

    /// <summary>A verb against a running portal's services, as an operator runs it beside the portal.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(IServiceProvider services, params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await DatabaseCommands.RunAsync(services, args, output, errors, CancellationToken.None);
        return (exitCode, output.ToString(), errors.ToString());
    }

    /// <summary>Settings for a SQLite file in <paramref name="folder"/>.</summary>
    public static Dictionary<string, string?> Sqlite(string folder) =>
        new() { ["ConnectionStrings:Portal"] = $"Data Source={Path.Combine(folder, "portal.db")}" };

    private sealed class NoOrganization : IOrganizationScope
    {
        public int? OrganizationId => null;
    }
}
