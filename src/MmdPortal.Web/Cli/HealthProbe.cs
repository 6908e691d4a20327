using System.Globalization;

namespace MmdPortal.Web.Cli;

/// <summary>The <c>probe</c> verb: asks a running portal whether it is ready and exits 0 (yes) or 1 (no).</summary>
/// <remarks>Container health checks run a command inside the container, and the ASP.NET Core runtime image has
/// neither curl nor wget; the portal's own executable does the request instead of adding a tool to the image.</remarks>
public static class HealthProbe
{
    public const string DefaultPath = "/healthz/ready";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        if (args.Length > 1)
        {
            errors.WriteLine("Usage: probe [url]   (default: http://localhost:<first port of ASPNETCORE_HTTP_PORTS, else 8080>/healthz/ready)");
            return 2;
        }

        var target = args.Length == 1 ? args[0] : DefaultUrl(Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS"));
        if (!Uri.TryCreate(target, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            errors.WriteLine($"'{target}' is not an http(s) URL.");
            return 2;
        }

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(url, cancellationToken);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}"));
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            errors.WriteLine($"{url} did not answer: {e.Message}");
            return 1;
        }
    }

    /// <summary>The ready endpoint on the first port the portal listens on (the container images set
    /// ASPNETCORE_HTTP_PORTS, e.g. "8080" or "8080;8081").</summary>
    public static string DefaultUrl(string? httpPorts)
    {
        var first = httpPorts?.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _));
        return $"http://localhost:{first ?? "8080"}{DefaultPath}";
    }
}
