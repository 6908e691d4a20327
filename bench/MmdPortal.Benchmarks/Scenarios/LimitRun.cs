using System.Diagnostics;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MmdPortal.Benchmarks.Data;
using MmdPortal.Web.Devices;
using MmdPortal.Web.Devices.Hashes;

namespace MmdPortal.Benchmarks.Scenarios;

/// <summary>The limit of the machine for an upload: read the CSV with CsvHelper, decode each hash with the portal's
/// decoder, write device and hash rows in one raw transaction. No ASP.NET, no EF, no row outcomes, no worker.</summary>
public static class LimitRun
{
    private const int Batch = 1_000;

    public static async Task<TimeSpan> RunAsync(BenchDatabase database, string csvPath)
    {
        var target = await database.PrepareLimitTargetAsync();
        await using var connection = await database.OpenAsync(target);
        var clock = Stopwatch.StartNew();
        await using var transaction = await connection.BeginTransactionAsync();
        var organization = await BenchDatabase.AddLimitOrganizationAsync(connection, transaction);
        var request = await database.AddRequestAsync(connection, transaction, organization, 0);
        var nextId = await BenchDatabase.NextDeviceIdAsync(connection, transaction);
        await using (var writer = await database.OpenWriterAsync(connection, transaction))
        {
            var batch = new List<DeviceRecord>(Batch);
            var now = DateTime.UtcNow;
            using var text = new StreamReader(csvPath);
            using var csv = new CsvReader(text, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim });
            await csv.ReadAsync();
            csv.ReadHeader();
            while (await csv.ReadAsync())
            {
                batch.Add(Decode(csv.GetField(0)!, csv.GetField(1), csv.GetField(2)!, organization, request, nextId++, now));
                if (batch.Count < Batch) continue;
                await writer.WriteAsync(batch);
                batch.Clear();
            }

            await writer.WriteAsync(batch);
        }

        await transaction.CommitAsync();
        var elapsed = clock.Elapsed;
        await database.CleanUpLimitTargetAsync(target);
        return elapsed;
    }

    private static DeviceRecord Decode(string serial, string? productId, string hash, int organization, long request, long id, DateTime now)
    {
        var check = HardwareHashDecoder.Check(hash);
        var facts = check.Facts;
        var manufacturer = facts?.Manufacturer;
        return new DeviceRecord
        {
            Id = id, PublicId = Guid.CreateVersion7(), OrganizationId = organization, SerialNumber = serial,
            Manufacturer = manufacturer, Model = facts?.Model, ProductId = string.IsNullOrEmpty(productId) ? null : productId,
            HashSerialNumber = facts?.SerialNumber, HashManufacturer = manufacturer, HashModel = facts?.Model,
            HashProblem = check.IsValid ? null : check.Detail,
            HashKey = HardwareIdentity.HashKey(hash), SerialKey = HardwareIdentity.SerialKey(manufacturer, serial),
            RequestId = request, RegisteredAt = now, StatusChangedAt = now, HardwareHash = hash,
        };
    }
}
