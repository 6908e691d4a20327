using System.ComponentModel.DataAnnotations;
using MmdPortal.Web.Infrastructure;

namespace MmdPortal.Web.Devices;

public sealed class RegistrationWorkerOptions
{
    public const string Section = "Registration";

    /// <summary>How often the worker looks for pending devices when no upload woke it.</summary>
    [TimeSpanRange("00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Devices moved per statement: small enough that uploads are never kept waiting for long.</summary>
    [Range(1, 1_000_000)]
    public int BatchSize { get; init; } = 5_000;

    /// <summary>How long a pass holds the devices it claimed. A pass takes well under a second; an instance that died
    /// mid-pass delays its devices by this much before another pass takes them over.</summary>
    [TimeSpanRange("00:00:01", "01:00:00")]
    public TimeSpan ClaimLease { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Passes a device may be claimed in before it fails with Unexpected error.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Names this instance in the device timelines ("worker web-2/4711"), to tell instances apart.</summary>
    [StringLength(200)]
    public string InstanceName { get; init; } = $"{Environment.MachineName}/{Environment.ProcessId}";

    /// <summary>Integration tests switch the worker off to drive passes by hand.</summary>
    public bool WorkerEnabled { get; init; } = true;
}
