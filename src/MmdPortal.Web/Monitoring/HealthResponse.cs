using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MmdPortal.Web.Monitoring;

/// <summary>The health endpoints' JSON: the overall status and each check's status, description and data.
/// Exceptions are never written (their text can name servers and users); checks log them instead.</summary>
public static class HealthResponse
{
    private const string Failed = "The check failed (see the log).";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            totalDurationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                // A check that throws gets the exception's message as its description: replaced, not shown.
                description = e.Value.Exception is null ? e.Value.Description : Failed,
                durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
                data = e.Value.Data,
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json), context.RequestAborted);
    }
}
