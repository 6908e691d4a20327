using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace MmdPortal.IntegrationTests.Monitoring;

/// <summary>A Serilog sink registered as a service: the portal's logger picks it up through ReadFrom.Services.</summary>
public sealed class CapturedLogEvents : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> All => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>Serilog's request completion events for <paramref name="path"/>.</summary>
    public IEnumerable<LogEvent> Completions(string path) =>
        All.Where(e => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal) && Text(e, "RequestPath") == path);

    public static string? Text(LogEvent logEvent, string property) =>
        logEvent.Properties.TryGetValue(property, out var value) && value is ScalarValue { Value: var scalar } ? scalar?.ToString() : null;
}
