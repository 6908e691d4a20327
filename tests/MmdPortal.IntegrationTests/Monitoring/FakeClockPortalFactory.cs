using Microsoft.Extensions.Time.Testing;

namespace MmdPortal.IntegrationTests.Monitoring;

/// <summary>The portal on a clock the test moves, with the worker running.</summary>
public class FakeClockPortalFactory : PortalApplicationFactory
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    protected override TimeProvider? Time => Clock;
}
