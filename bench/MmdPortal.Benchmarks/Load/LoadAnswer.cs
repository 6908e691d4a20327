using System.Text.Json;

namespace MmdPortal.Benchmarks.Load;

/// <summary>What the portal answered; <see cref="Status"/> 0 when it did not answer (connection refused or reset,
/// or the client's timeout), with the reason as <see cref="Body"/>.</summary>
public sealed record LoadAnswer(int Status, string Body)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    public JsonElement Json => JsonSerializer.Deserialize<JsonElement>(Body);
}
