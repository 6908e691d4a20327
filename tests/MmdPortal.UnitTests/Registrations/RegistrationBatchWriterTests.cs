using System.Data.Common;
using MmdPortal.Data;
using MmdPortal.Data.Devices;
using MmdPortal.Data.Registrations;
using MmdPortal.Web.Registrations;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.UnitTests.Registrations;

/// <summary>The raw writer of the provider under test (SQLite, or PostgreSQL with MMDPORTAL_TEST_POSTGRES) stores
/// exactly what EF Core's SaveChanges stores for the same batches: the same rows read back through EF, and the same
/// values in every column of the tables (a Guid stored as BLOB or lower-case TEXT, a time in another format or with
/// 100-ns ticks would differ here even where EF reads it back alike).</summary>
public sealed class RegistrationBatchWriterTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 11, 26, 3, 4, 5, DateTimeKind.Utc);
    private TestDatabase _ef = null!;
    private TestDatabase _raw = null!;

    public async Task InitializeAsync()
    {
        _ef = await TestDatabase.CreateAsync();
        _raw = await TestDatabase.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await _ef.DisposeAsync();
        await _raw.DisposeAsync();
    }

    [Fact]
    public async Task For_SqliteAndPostgreSql_PickTheRawWriter()
    {
        await using var db = _raw.Context(null);
        await using var writer = IRegistrationBatchWriter.For(db);

        Assert.IsType(db.Database.IsSqlite() ? typeof(SqliteRegistrationBatchWriter) : typeof(PostgresRegistrationBatchWriter), writer);
    }

    [Fact]
    public async Task For_SqlServer_KeepsEfCore()
    {
        await using var db = Data.OfflineContexts.Create(Data.OfflineContexts.SqlServer);
        await using var writer = IRegistrationBatchWriter.For(db);

        Assert.IsType<EfRegistrationBatchWriter>(writer);
    }

    [Fact]
    public async Task WriteAsync_TwoBatches_StoresWhatEfCoreStores()
    {
        await WriteAsync(_ef, db => new EfRegistrationBatchWriter(db));
        // Two rows per statement on SQLite, so that batches span several statements and reuse them.
        await WriteAsync(_raw, db => db.Database.IsSqlite() ? new SqliteRegistrationBatchWriter(db, rowsPerStatement: 2)
            : IRegistrationBatchWriter.For(db));

        // Keys are the database's to number, and EF does not promise an insert order: rows and hashes are compared
        // by what identifies them (position, the device's public id), and references by the device they point at.
        await using var ef = _ef.Context(null);
        await using var raw = _raw.Context(null);
        var expected = await DevicesAsync(ef);
        var actual = await DevicesAsync(raw);
        Assert.Equal(5, expected.Count);
        AssertSameEntities(ef, expected, actual, nameof(Device.Id));
        AssertSameEntities(ef, expected.Select(d => d.HardwareHash).OfType<DeviceHardwareHash>().ToList(),
            actual.Select(d => d.HardwareHash).OfType<DeviceHardwareHash>().ToList(), nameof(DeviceHardwareHash.DeviceId));
        Assert.Equal(4, actual.Count(d => d.HardwareHash is not null));
        Assert.All(actual.Where(d => d.HardwareHash is not null), d => Assert.Equal(d.Id, d.HardwareHash!.DeviceId));
        var expectedRows = await RowsAsync(ef);
        var actualRows = await RowsAsync(raw);
        Assert.Equal(8, expectedRows.Count);
        AssertSameEntities(ef, expectedRows, actualRows, nameof(RegistrationRow.Id), nameof(RegistrationRow.DeviceId));
        Assert.Equal(expectedRows.Select(r => r.Device?.PublicId), actualRows.Select(r => r.Device?.PublicId));
        // The repeats point at their first occurrences, in the same batch and in the previous one.
        Assert.Equal(actualRows[0].DeviceId, actualRows[2].DeviceId);
        Assert.Equal(actualRows[1].DeviceId, actualRows[6].DeviceId);
        Assert.Equal(actualRows[5].DeviceId, actualRows[7].DeviceId);
        Assert.Null(actualRows[3].Device!.HardwareHash);

        Assert.Equal(await StoredAsync(ef, typeof(Device), "PublicId", "Id"), await StoredAsync(raw, typeof(Device), "PublicId", "Id"));
        Assert.Equal(await StoredAsync(ef, typeof(DeviceHardwareHash), "Value", "DeviceId"),
            await StoredAsync(raw, typeof(DeviceHardwareHash), "Value", "DeviceId"));
        Assert.Equal(await StoredAsync(ef, typeof(RegistrationRow), "Position", "Id", "DeviceId"),
            await StoredAsync(raw, typeof(RegistrationRow), "Position", "Id", "DeviceId"));
    }

    private static Task<List<Device>> DevicesAsync(PortalDbContext db) =>
        db.Devices.IgnoreQueryFilters().AsNoTracking().Include(d => d.HardwareHash).OrderBy(d => d.PublicId).ToListAsync();

    private static Task<List<RegistrationRow>> RowsAsync(PortalDbContext db) =>
        db.Rows.IgnoreQueryFilters().AsNoTracking().Include(r => r.Device).ThenInclude(d => d!.HardwareHash)
            .OrderBy(r => r.Position).ToListAsync();

    private static async Task WriteAsync(TestDatabase database, Func<PortalDbContext, IRegistrationBatchWriter> create)
    {
        var organizationId = await database.AddOrganizationAsync("Contoso");
        await using var db = database.Context(organizationId);
        var request = new RegistrationRequest
        {
            RequestId = Guid.Parse("0193a0b1-0000-7000-8000-000000000001"),
            OrganizationId = organizationId,
            CreatedAt = Now,
            Status = RequestStatus.Pending,
        };
        db.Requests.Add(request);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        await using var transaction = await db.Database.BeginTransactionAsync();
        await using (var writer = create(db))
        {
            var first = NewDevice(request, organizationId, 1, DeviceStatus.RegistrationPending);
            var second = NewDevice(request, organizationId, 2, DeviceStatus.RegistrationFailed);
            var third = NewDevice(request, organizationId, 3, DeviceStatus.RegistrationPending);
            third.HardwareHash = null;
            third.HashProblem = "The row has no hardware hash.";
            await writer.WriteAsync([Created(request, 1, first), Created(request, 2, second), Repeat(request, 3, first),
                Created(request, 4, third)], CancellationToken.None);

            var fourth = NewDevice(request, organizationId, 4, DeviceStatus.RegistrationPending);
            var fifth = NewDevice(request, organizationId, 5, DeviceStatus.RegistrationPending);
            await writer.WriteAsync([Created(request, 5, fourth), Created(request, 6, fifth),
                Repeat(request, 7, null, second.Id), Repeat(request, 8, fifth)], CancellationToken.None);
        }

        await transaction.CommitAsync();
    }

    private static Device NewDevice(RegistrationRequest request, int organizationId, int n, DeviceStatus status) => new()
    {
        PublicId = Guid.Parse($"0193a0b1-0000-7000-8000-00000000000{n}"),
        OrganizationId = organizationId,
        SerialNumber = $"SERIAL-{n}",
        Manufacturer = n == 2 ? null : "Contoso",
        Model = "Laptop 7",
        ProductId = n == 1 ? "00330-80000-00000-AA123" : null,
        GroupTag = n == 4 ? "Sales" : null,
        AssignedUser = n == 5 ? "ann@contoso.test" : null,
        Status = status,
        Error = status == DeviceStatus.RegistrationFailed ? RegistrationError.DeviceClaimedByAnotherOrganization : null,
        ErrorDetail = status == DeviceStatus.RegistrationFailed ? "This hardware is registered to another organization." : null,
        HashSerialNumber = $"SERIAL-{n}",
        HashManufacturer = "Contoso",
        HashModel = "Laptop 7",
        HashKey = new string((char)('A' + n), 64),
        SerialKey = $"CONTOSO|SERIAL-{n}",
        RequestId = request.Id,
        // Below a microsecond: the converter cuts it, and the raw statements must too.
        RegisteredAt = Now.AddTicks(1234567),
        StatusChangedAt = Now,
        ChangeToken = 42,
        HardwareHash = new DeviceHardwareHash { OrganizationId = organizationId, Value = $"hash-{n}-" + new string('x', 4000) },
    };

    private static RegistrationRow Created(RegistrationRequest request, int position, Device device) =>
        new() { Device = device, CreatedDevice = true, Position = position, RequestId = request.Id, OrganizationId = request.OrganizationId,
            File = "a.csv", Line = position + 1, SerialNumber = device.SerialNumber };

    private static RegistrationRow Repeat(RegistrationRequest request, int position, Device? earlier, long? earlierId = null) =>
        new() { Device = earlier, DeviceId = earlierId, Position = position, RequestId = request.Id, OrganizationId = request.OrganizationId,
            File = "b.csv", Line = position, SerialNumber = earlier?.SerialNumber, Error = RegistrationError.DeviceAlreadyRegistered,
            ErrorDetail = "Duplicate of a.csv line 2." };

    private static void AssertSameEntities<T>(PortalDbContext db, List<T> expected, List<T> actual, params string[] keys)
    {
        Assert.Equal(expected.Count, actual.Count);
        var properties = db.Model.FindEntityType(typeof(T))!.GetProperties().Where(p => !keys.Contains(p.Name)).ToList();
        for (var i = 0; i < expected.Count; i++)
        {
            foreach (var property in properties)
            {
                var getter = property.GetGetter();
                Assert.True(Equals(getter.GetClrValueUsingContainingEntity(expected[i]!), getter.GetClrValueUsingContainingEntity(actual[i]!)),
                    $"{typeof(T).Name}.{property.Name} of item {i}: EF stored {getter.GetClrValueUsingContainingEntity(expected[i]!)}, " +
                    $"the raw writer {getter.GetClrValueUsingContainingEntity(actual[i]!)}");
            }
        }
    }

    /// <summary>Every column of every row as the database hands it back untyped, with the value's .NET type.</summary>
    private static async Task<List<string>> StoredAsync(PortalDbContext db, Type entity, string orderBy, params string[] keys)
    {
        var type = db.Model.FindEntityType(entity)!;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{type.GetTableName()}\" ORDER BY \"{orderBy}\"";
        await using var reader = await command.ExecuteReaderAsync();
        var stored = new List<string>();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (keys.Contains(reader.GetName(i))) continue;
                var value = reader.GetValue(i);
                var text = value is DateTime time ? time.ToString("O", System.Globalization.CultureInfo.InvariantCulture) + time.Kind
                    : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
                stored.Add($"{reader.GetName(i)} = {text} ({value.GetType().Name})");
            }
        }

        Assert.NotEmpty(stored);
        return stored;
    }
}
