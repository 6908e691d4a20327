using Microsoft.EntityFrameworkCore;

namespace MmdPortal.UnitTests.Data;

/// <summary>Each provider's migrations end at the model the code has: a change to the model without
/// <c>dotnet ef migrations add</c> for every provider fails here, not on a customer's first start.</summary>
public sealed class MigrationsMatchTheModelTests
{
    [Theory]
    [MemberData(nameof(OfflineContexts.Providers), MemberType = typeof(OfflineContexts))]
    public void HasPendingModelChanges_EveryProvider_IsFalse(string provider)
    {
        using var db = OfflineContexts.Create(provider);

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model differs from the {provider} migrations: add a migration for {provider} (see docs/database.md).");
    }
}
