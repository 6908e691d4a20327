using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MmdPortal.Data;
using MmdPortal.IntegrationTests.Faults;

namespace MmdPortal.IntegrationTests.Data;

/// <summary>Every SQLite connection the portal opens leaves checkpoints to the checkpoint worker and keeps its
/// statement journals in memory (docs/database.md), also when the pool hands the connection out again.</summary>
public sealed class SqliteConnectionSettingsTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    [SqliteOnlyFact]
    public async Task EveryConnection_HasNoAutoCheckpointAndTemporaryFilesInMemory()
    {
        for (var open = 0; open < 3; open++)
        {
            await using var scope = portal.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            await db.Database.OpenConnectionAsync();

            Assert.Equal(0, await PragmaAsync(db, "wal_autocheckpoint"));
            // 2 = MEMORY; SQLite's default, 0, puts a statement journal over 64 KiB in a temporary file.
            Assert.Equal(2, await PragmaAsync(db, "temp_store"));
        }
    }

    private static async Task<long> PragmaAsync(PortalDbContext db, string pragma)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA " + pragma;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
