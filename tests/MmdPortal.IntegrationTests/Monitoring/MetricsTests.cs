using MmdPortal.Web.Monitoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using System.Diagnostics.Metrics;

namespace MmdPortal.IntegrationTests.Monitoring;

/// <summary>The meter "MmdPortal", read through this host's IMeterFactory, so other test hosts' uploads never count.</summary>
public sealed class MetricsTests(FakeClockManualWorkerFactory portal) : IClassFixture<FakeClockManualWorkerFactory>
{
    private readonly IMeterFactory _meters = portal.Services.GetRequiredService<IMeterFactory>();

    [Fact]
    public async Task Upload_CountsItsRowsAndTheDevicesItCreates()
    {
        using var rows = Collect<long>("mmdportal.ingest.rows");
        using var registered = Collect<long>("mmdportal.devices.registered");
        using var duration = Collect<double>("mmdportal.ingest.duration");
        using var sizes = Collect<long>("mmdportal.ingest.upload_rows");

        // Four rows, one of them repeating the first device: three devices.
        await portal.RegisterAsync(portal.CreateApiClient(),
            ("a.csv", TestCsv.AutopilotWith([7301, 7302, 7303], (TestCsv.Serial(7301), TestCsv.Hash(7301)))));

        Assert.Equal(4, Assert.Single(rows.GetMeasurementSnapshot()).Value);
        Assert.Equal(PortalMetrics.Accepted, rows.LastMeasurement!.Tags["outcome"]);
        Assert.Equal(3, registered.GetMeasurementSnapshot().Sum(m => m.Value));
        Assert.True(Assert.Single(duration.GetMeasurementSnapshot()).Value >= 0);
        Assert.Equal(4, Assert.Single(sizes.GetMeasurementSnapshot()).Value);
    }

    [Fact]
    public async Task RefusedUpload_CountsItsRowsButNoDevice()
    {
        using var rows = Collect<long>("mmdportal.ingest.rows");
        using var registered = Collect<long>("mmdportal.devices.registered");

        using var response = await portal.UploadAsync(portal.CreateApiClient(),
            ("a.csv", TestCsv.Autopilot(7311)), ("b.txt", "this is no CSV of hardware hashes"));

        Assert.False(response.IsSuccessStatusCode);
        Assert.Equal(PortalMetrics.Refused, Assert.Single(rows.GetMeasurementSnapshot()).Tags["outcome"]);
        Assert.Empty(registered.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task WorkerPass_CountsOutcomesByStatusAndError()
    {
        await portal.AdvanceAsync();
        await portal.RegisterAsync(portal.CreateApiClient(),
            ("a.csv", TestCsv.AutopilotWith([7321, 7322], ("BADHASH-1", "bm90IGEgaGFzaA=="), ("BADHASH-2", "%%%"))));
        using var outcomes = Collect<long>("mmdportal.registration.outcomes");

        await portal.AdvanceAsync();

        var counted = outcomes.GetMeasurementSnapshot()
            .GroupBy(m => ($"{m.Tags["status"]}", $"{m.Tags["error"]}"))
            .ToDictionary(g => g.Key, g => g.Sum(m => m.Value));
        Assert.Equal(2, counted.Count);
        Assert.Equal(2, counted[("ReadyForUser", "None")]);
        Assert.Equal(2, counted[("RegistrationFailed", "HardwareHashNotValid")]);
    }

    [Fact]
    public async Task BacklogGauges_ShowTheLatestMeasurement()
    {
        await portal.AdvanceAsync();
        await portal.RegisterAsync(portal.CreateApiClient(), ("a.csv", TestCsv.Autopilot(7331, 7332, 7333)));
        using var pending = Collect<long>("mmdportal.devices.pending");
        using var age = Collect<double>("mmdportal.devices.pending.oldest_age");

        await Health.GetAsync(portal.CreateClient(), "/healthz/ready");
        portal.Clock.Advance(TimeSpan.FromMinutes(5));
        pending.RecordObservableInstruments();
        age.RecordObservableInstruments();

        Assert.Equal(3, pending.LastMeasurement!.Value);
        // The age grows with the clock between measurements; the count waits for the next one.
        Assert.Equal(300, age.LastMeasurement!.Value);
    }

    private MetricCollector<T> Collect<T>(string instrument) where T : struct =>
        new(_meters, PortalMetrics.MeterName, instrument);
}
