namespace MmdPortal.IntegrationTests.Data;

/// <summary>Tests that watch a SQLite file's bytes run with no other test beside them: with test portals starting,
/// stopping and restoring in parallel, the WAL test saw the file checkpointed during its upload, which the same test
/// alone never sees (not explained yet; see docs/database.md).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunAlone
{
    public const string Name = "Alone";
}
