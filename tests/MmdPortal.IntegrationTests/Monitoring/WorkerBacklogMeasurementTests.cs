using MmdPortal.Web.Monitoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using System.Diagnostics.Metrics;

namespace MmdPortal.IntegrationTests.Monitoring;

public sealed class WorkerBacklogMeasurementTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task WorkerPass_MeasuresTheBacklogForTheGauges()
    {
        // No readiness probe in this test: only the worker's passes can have measured the backlog.
        using var pending = new MetricCollector<long>(
            portal.Services.GetRequiredService<IMeterFactory>(), PortalMetrics.MeterName, "mmdportal.devices.pending");

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (pending.LastMeasurement is null)
        {
            Assert.True(DateTime.UtcNow < deadline, "The worker never measured the backlog.");
            await Task.Delay(50);
            pending.RecordObservableInstruments();
        }

        Assert.Equal(0, pending.LastMeasurement.Value);
    }
}
