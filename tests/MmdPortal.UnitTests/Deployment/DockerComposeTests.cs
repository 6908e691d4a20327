using System.Diagnostics;
using System.Text.RegularExpressions;

namespace MmdPortal.UnitTests.Deployment;

/// <summary>docker-compose.yml cannot be run here (no container engine), so it is checked the way CI can: Debian's
/// docker-compose resolves and validates it offline (scripts/test.sh installs it), and the files it names agree
/// with the code — the projects the Dockerfile restores, the upstreams of the balancer, the settings of the portal.</summary>
public sealed partial class DockerComposeTests
{
    [Fact]
    public async Task ComposeFile_IsValid_AndRunsThePortalOnSqlServerMigratedBeforeItStarts()
    {
        var config = await ComposeAsync("config");

        Assert.Contains("image: mcr.microsoft.com/mssql/server:2022-latest", config);
        Assert.Contains("Database__Provider: SqlServer", config);
        Assert.Contains("Database__MigrateOnStartup: \"false\"", config);
        Assert.Contains("- migrate", config);
        Assert.Contains("condition: service_completed_successfully", config);
        Assert.Contains("condition: service_healthy", config);
        // Every long-running service has a health check: the database, and the portal's own probe.
        Assert.Contains("/opt/mssql-tools18/bin/sqlcmd", config);
        Assert.Contains("- probe", config);
    }

    [Fact]
    public async Task ScaleOutProfile_AddsASecondInstanceAndABalancer()
    {
        var plain = await ComposeAsync("config", "--services");
        var scaledOut = await ComposeAsync("--profile", "scale-out", "config", "--services");

        Assert.Equal(["balancer", "db", "migrate", "portal", "portal-2"], Lines(scaledOut).Order());
        Assert.Contains("portal", Lines(plain));
    }

    [Fact]
    public void Balancer_SendsRequestsToEveryPortalInstanceOfTheComposeFile()
    {
        var upstreams = Upstream().Matches(RepositoryFiles.Read("deploy", "nginx.conf")).Select(m => m.Groups[1].Value).Order();

        Assert.Equal(["portal", "portal-2"], upstreams);
        Assert.Contains("proxy_set_header X-Forwarded-Proto", RepositoryFiles.Read("deploy", "nginx.conf"));
        Assert.Contains("ASPNETCORE_FORWARDEDHEADERS_ENABLED: \"true\"", RepositoryFiles.Read("docker-compose.yml"));
    }

    [Fact]
    public void Dockerfile_RestoresEveryProjectUnderSrc()
    {
        var dockerfile = RepositoryFiles.Read("Dockerfile");
        var projects = Directory.GetFiles(RepositoryFiles.Path("src"), "*.csproj", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(RepositoryFiles.Root, p).Replace('\\', '/'));

        Assert.All(projects, project => Assert.Contains($"COPY {project} ", dockerfile));
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Runs docker-compose on the repository's compose file with the example settings of deploy/.</summary>
    private static async Task<string> ComposeAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("docker-compose")
        {
            WorkingDirectory = RepositoryFiles.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])["--env-file", "deploy/example.env", "-f", "docker-compose.yml", .. arguments])
            start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                "docker-compose is not installed: run scripts/test.sh, which installs it, or 'apt-get install -y docker-compose'.", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.True(process.ExitCode == 0, $"docker-compose {string.Join(' ', arguments)} failed: {await errors}");
            return await output;
        }
    }

    [GeneratedRegex(@"^\s*server\s+([\w-]+):8080\b", RegexOptions.Multiline)]
    private static partial Regex Upstream();
}
