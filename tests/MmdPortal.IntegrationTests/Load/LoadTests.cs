using MmdPortal.Benchmarks.Load;
using MmdPortal.IntegrationTests.ApiReference;
using Xunit.Abstractions;

namespace MmdPortal.IntegrationTests.Load;

/// <summary>Issue 9's load test at CI size (<see cref="LoadOptions.Small"/>: 4 admins uploading 200-device files,
/// 20 readers paging the blade, 10 agents checking in, for 10 s) against the portal on real Kestrel, with the
/// production rate limit and every client on a key of its own: no 5xx, every call answered, no 4xx, and every
/// accepted row exactly one device, by the API and by the database's count. On PostgreSQL also with two instances
/// on one database, clients spread over both. bench/ runs the same driver full size (<c>--scenario load</c>).</summary>
public sealed class LoadTests(ITestOutputHelper output)
{
    // SQLite is the database of one instance (docs/scale-out.md), so two instances only on the PostgreSQL leg.
    public static TheoryData<int> Instances => TestPostgresDatabase.FromEnvironment() is null ? new() { 1 } : new() { 1, 2 };

    [Theory]
    [MemberData(nameof(Instances))]
    public async Task UploadsReadsAndCheckInsAtOnce_NoServerErrorAndEveryAcceptedRowIsOneDevice(int instances)
    {
        using var first = new KestrelPortal();
        using var second = instances > 1 ? first.SecondInstance() : null;
        var urls = new List<Uri> { new(first.BaseUrl) };
        if (second is not null) urls.Add(new Uri(KestrelPortal.Start(second)));
        var keys = new[] { PortalApplicationFactory.AdminKey, await first.CreateOrganizationAsync("Load 2") };
        var folder = Directory.CreateTempSubdirectory("mmdportal-load-");
        try
        {
            var report = await LoadRun.RunAsync(LoadOptions.Small, urls, keys, folder.FullName, output.WriteLine);
            output.WriteLine(report.ToText());

            Assert.True(report.Problems.Count == 0, report.ToText());
            Assert.True(report.RunUploads >= LoadOptions.Small.Uploaders, report.ToText());
            Assert.True(report.CheckIns.Updated > 0, report.ToText());
            Assert.Equal(report.Fleet.AcceptedRows, (await first.CountAllAsync()).Devices);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
