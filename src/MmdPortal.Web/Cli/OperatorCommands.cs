using System.Globalization;
using MmdPortal.Data;
using MmdPortal.Data.Organizations;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.Organizations;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Cli;

/// <summary>The operator's verbs, which need the database and so run after it is prepared, instead of the web
/// server: organisations and support accounts are the operator's to create, never an organisation admin's.</summary>
public static class OperatorCommands
{
    public const string Usage = """
        Usage:
          org add <name> [--admin <user> --password <password>] [--api-key]
          org list
          org delete <name> --confirm <name>
          user add <name> --support --password <password>
          user add <name> --org <organization> --role Admin|Reader --password <password>
          simulate-checkins --organization <name> [--share <percent>] [--stale <percent>]
        """;

    private static readonly string[] Flags = ["--support", "--api-key"];

    /// <summary>Runs an operator verb of <paramref name="args"/> against the prepared database and returns its exit
    /// code; null when <paramref name="args"/> is not an operator verb (start the portal).</summary>
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args) =>
        args is ["org" or "user" or "simulate-checkins", ..] ? await RunAsync(app.Services, args, Console.Out, Console.Error, CancellationToken.None) : null;

    /// <summary>0 done, 1 refused (exists already, password too short…), 2 not understood.</summary>
    public static async Task<int> RunAsync(
        IServiceProvider services, string[] args, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        if (!TryParse(args, out var words, out var options, out var parseProblem))
            return UsageError(errors, parseProblem);

        await using var scope = services.CreateAsyncScope();
        var command = new Command(scope.ServiceProvider, options, output, errors, cancellationToken);
        return words switch
        {
            ["org", "add", var name] => await command.AddOrganizationAsync(name),
            ["org", "list"] => await command.ListOrganizationsAsync(),
            ["org", "delete", var name] => await command.DeleteOrganizationAsync(name),
            ["user", "add", var name] => await command.AddUserAsync(name),
            ["simulate-checkins"] => await command.SimulateCheckInsAsync(),
            _ => UsageError(errors, $"'{string.Join(' ', words)}' is not a command."),
        };
    }

    private static int UsageError(TextWriter errors, string problem)
    {
        errors.WriteLine(problem);
        errors.WriteLine(Usage);
        return 2;
    }

    private static bool TryParse(string[] args, out List<string> words, out Dictionary<string, string> options, out string problem)
    {
        words = [];
        options = new Dictionary<string, string>(StringComparer.Ordinal);
        problem = "";
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) words.Add(args[i]);
            else if (Flags.Contains(args[i])) options[args[i]] = "";
            else if (i + 1 < args.Length) options[args[i]] = args[++i];
            else
            {
                problem = $"{args[i]} needs a value.";
                return false;
            }
        }

        return true;
    }

    private sealed class Command(
        IServiceProvider services, Dictionary<string, string> options, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        private readonly PortalDbContext _db = services.GetRequiredService<PortalDbContext>();

        public async Task<int> AddOrganizationAsync(string name)
        {
            if (Unknown("--admin", "--password", "--api-key") is { } unknown) return UsageError(errors, unknown);
            var admin = options.GetValueOrDefault("--admin");
            if ((admin is null) != !options.ContainsKey("--password"))
                return UsageError(errors, "--admin and --password go together.");
            name = name.Trim();
            if (name.Length is 0 or > 200) return Refuse("Give the organization a name of at most 200 characters.");
            if (await FindOrganizationAsync(name) is not null) return Refuse($"An organization named '{name}' exists already.");

            // All or nothing: an admin that cannot be created leaves no organisation behind.
            await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
            var organization = new Organization { Name = name, CreatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime };
            _db.Organizations.Add(organization);
            await _db.SaveChangesAsync(cancellationToken);
            if (admin is not null
                && await services.GetRequiredService<LocalAccounts>().CreateAsync(
                    organization.Id, admin, options["--password"], PortalRoles.Admin, cancellationToken) is { } problem)
                return Refuse(problem);

            string? secret = null;
            if (options.ContainsKey("--api-key"))
            {
                var creation = await services.GetRequiredService<ApiKeys>().CreateAsync(
                    organization.Id, new NewApiKey("Operator admin key", ApiScopes.Admin), cancellationToken);
                secret = creation.Secret;
            }

            await transaction.CommitAsync(cancellationToken);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Created organization {organization.Id} '{organization.Name}'."));
            if (admin is not null) output.WriteLine($"Created its admin '{admin.Trim()}'.");
            if (secret is not null)
            {
                output.WriteLine("Its admin API key (shown once, expires in 90 days):");
                output.WriteLine(secret);
            }

            return 0;
        }

        public async Task<int> ListOrganizationsAsync()
        {
            if (Unknown() is { } unknown) return UsageError(errors, unknown);
            var organizations = await _db.Organizations.AsNoTracking().OrderBy(o => o.Id).ToListAsync(cancellationToken);
            var users = await _db.Users.IgnoreQueryFilters().Where(u => u.OrganizationId != null)
                .GroupBy(u => u.OrganizationId!.Value).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            output.WriteLine("Id\tCreated (UTC)\tUsers\tName");
            foreach (var o in organizations)
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{o.Id}\t{o.CreatedAt:yyyy-MM-dd HH:mm}\t{users.GetValueOrDefault(o.Id)}\t{o.Name}"));
            return 0;
        }

        /// <summary>Deletes an organisation with everything it owns; <c>--confirm</c> must repeat its name.</summary>
        public async Task<int> DeleteOrganizationAsync(string name)
        {
            if (Unknown("--confirm") is { } unknown) return UsageError(errors, unknown);
            if (await FindOrganizationAsync(name) is not { } organization)
                return Refuse($"There is no organization named '{name}'; see 'org list'.");
            if (!string.Equals(options.GetValueOrDefault("--confirm")?.Trim(), organization.Name, StringComparison.OrdinalIgnoreCase))
                return UsageError(errors, $"This deletes '{organization.Name}' with all its devices, requests, users and keys: repeat its name after --confirm.");
            var devices = await services.GetRequiredService<OrganizationDeletion>().DeleteAsync(organization.Id, cancellationToken);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Deleted organization '{organization.Name}' and its {devices} devices; their hardware can be registered again."));
            return 0;
        }

        public async Task<int> AddUserAsync(string name)
        {
            if (Unknown("--support", "--org", "--role", "--password") is { } unknown) return UsageError(errors, unknown);
            if (!options.TryGetValue("--password", out var password)) return UsageError(errors, "Give the user's --password.");
            var support = options.ContainsKey("--support");
            var organizationName = options.GetValueOrDefault("--org");
            if (support == (organizationName is not null))
                return UsageError(errors, "Give either --support or --org <organization> --role Admin|Reader.");

            int? organizationId = null;
            var role = PortalRoles.Support;
            if (!support)
            {
                role = options.GetValueOrDefault("--role") ?? "";
                role = PortalRoles.OrganizationRoles.FirstOrDefault(r => r.Equals(role, StringComparison.OrdinalIgnoreCase)) ?? "";
                if (role.Length == 0) return UsageError(errors, "Give the user's --role: Admin or Reader.");
                organizationId = (await FindOrganizationAsync(organizationName!))?.Id;
                if (organizationId is null) return Refuse($"There is no organization named '{organizationName}'; see 'org list'.");
            }
            else if (options.ContainsKey("--role")) return UsageError(errors, "A support user has no --role.");

            if (await services.GetRequiredService<LocalAccounts>().CreateAsync(organizationId, name, password, role, cancellationToken) is { } problem)
                return Refuse(problem);
            output.WriteLine(support
                ? $"Created the support user '{name.Trim()}'."
                : $"Created '{name.Trim()}' as {role} of {organizationName!.Trim()}.");
            return 0;
        }

        /// <summary>Demo data: <c>--share</c> percent of the organisation's devices check in within the last hour,
        /// <c>--stale</c> percent more than a day before they would count as inactive.</summary>
        public async Task<int> SimulateCheckInsAsync()
        {
            if (Unknown("--organization", "--share", "--stale") is { } unknown) return UsageError(errors, unknown);
            if (options.GetValueOrDefault("--organization") is not { } name) return UsageError(errors, "Give the --organization.");
            if (!TryPercent("--share", 60, out var share) || !TryPercent("--stale", 20, out var stale) || share + stale > 100)
                return UsageError(errors, "--share and --stale are percentages (0-100) that add up to at most 100.");
            if (await FindOrganizationAsync(name) is not { } organization)
                return Refuse($"There is no organization named '{name}'; see 'org list'.");

            var result = await services.GetRequiredService<Lifecycle.CheckInSimulator>()
                .RunAsync(organization.Id, organization.Name, share, stale, Random.Shared, cancellationToken);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"'{organization.Name}': {result.Eligible} devices can check in; {result.Recent} checked in within the last hour, {result.Stale} more than a day before they count as inactive."));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.CheckIns.Updated} check-ins applied, {result.CheckIns.Activated} devices became Active, {result.CheckIns.Problems.Count} problems; the sweep moved {result.Swept} devices to Inactive."));
            return 0;
        }

        private bool TryPercent(string option, int fallback, out int percent)
        {
            percent = fallback;
            return !options.TryGetValue(option, out var text)
                || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out percent) && percent <= 100);
        }

        // The operator should not have to match the case of a name; there are few organisations, so compare in
        // memory rather than rely on each provider's collation.
        private async Task<Organization?> FindOrganizationAsync(string name) =>
            (await _db.Organizations.ToListAsync(cancellationToken))
                .FirstOrDefault(o => string.Equals(o.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

        private string? Unknown(params string[] allowed) =>
            options.Keys.FirstOrDefault(k => !allowed.Contains(k)) is { } option ? $"{option} is not an option of this command." : null;

        private int Refuse(string problem)
        {
            errors.WriteLine(problem);
            return 1;
        }
    }
}
