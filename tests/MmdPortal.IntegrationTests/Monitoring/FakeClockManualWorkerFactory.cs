namespace MmdPortal.IntegrationTests.Monitoring;

/// <summary>The portal on a clock the test moves, with the worker off: passes run by <see cref="PortalApplicationFactory.AdvanceAsync"/>.</summary>
public sealed class FakeClockManualWorkerFactory : FakeClockPortalFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Registration:WorkerEnabled"] = "false" };
}
