using System.Diagnostics;
using System.Globalization;
using MmdPortal.Web.Devices;
using MmdPortal.Web.Devices.Hashes;

namespace MmdPortal.Benchmarks.Data;

/// <summary>Puts registered devices straight into the portal's database (not timed as part of any scenario): the
/// same serials, manufacturers and models as uploads, spread evenly over the organisations, one transaction each.</summary>
public static class FleetSeeder
{
    private const int Batch = 5_000;

    /// <summary>Device number <c>n</c> (1-based, over all organisations) is built from hash seed <c>n</c>; its
    /// organisation is <c>organizations[(n - 1) / perOrganization]</c>.</summary>
    public static async Task<TimeSpan> SeedAsync(
        BenchDatabase database, IReadOnlyList<int> organizations, int total, Action<int, DeviceRecord, DateTime> shape)
    {
        var clock = Stopwatch.StartNew();
        var perOrganization = total / organizations.Count;
        var indexes = await database.DropDeviceIndexesAsync();
        var now = DateTime.UtcNow;
        for (var o = 0; o < organizations.Count; o++)
        {
            await using var connection = await database.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            var request = await database.AddRequestAsync(connection, transaction, organizations[o], perOrganization);
            var id = await BenchDatabase.NextDeviceIdAsync(connection, transaction);
            await using (var writer = await database.OpenWriterAsync(connection, transaction))
            {
                var batch = new List<DeviceRecord>(Batch);
                for (var n = (o * perOrganization) + 1; n <= (o + 1) * perOrganization; n++)
                {
                    batch.Add(Device(n, id++, organizations[o], request, now, shape));
                    if (batch.Count < Batch) continue;
                    await writer.WriteAsync(batch);
                    batch.Clear();
                }

                await writer.WriteAsync(batch);
            }

            await transaction.CommitAsync();
        }

        await database.RestoreIndexesAsync(indexes);
        return clock.Elapsed;
    }

    /// <summary>The serial number of device <paramref name="n"/>, e.g. to search for it.</summary>
    public static string Serial(int n) => HardwareHashBuilder.SampleFacts(n).SerialNumber!;

    private static DeviceRecord Device(int n, long id, int organization, long request, DateTime now, Action<int, DeviceRecord, DateTime> shape)
    {
        var facts = HardwareHashBuilder.SampleFacts(n);
        var registered = now.AddMinutes(-(n % (90 * 24 * 60)));
        var device = new DeviceRecord
        {
            Id = id, PublicId = Guid.CreateVersion7(), OrganizationId = organization, SerialNumber = facts.SerialNumber!,
            Manufacturer = facts.Manufacturer, Model = facts.Model,
            GroupTag = n % 3 == 0 ? "Sales" : null,
            AssignedUser = n % 2 == 0 ? string.Create(CultureInfo.InvariantCulture, $"user{n}@contoso.com") : null,
            HashSerialNumber = facts.SerialNumber, HashManufacturer = facts.Manufacturer, HashModel = facts.Model,
            // Unique like a real hash's SHA-256; the 4 KB hash rows themselves are left out (no query here reads them).
            HashKey = n.ToString("X64", CultureInfo.InvariantCulture),
            SerialKey = HardwareIdentity.SerialKey(facts.Manufacturer, facts.SerialNumber),
            RequestId = request, RegisteredAt = registered, StatusChangedAt = registered,
            Status = 2,
        };
        shape(n, device, now);
        return device;
    }
}
