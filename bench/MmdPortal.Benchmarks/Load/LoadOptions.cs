namespace MmdPortal.Benchmarks.Load;

/// <summary>The size of a load run. The defaults are issue 9's figures; the CI test passes smaller ones.</summary>
public sealed record LoadOptions
{
    /// <summary>The size CI runs (and <c>--quick</c>): the same mix, a few seconds long.</summary>
    public static LoadOptions Small { get; } = new()
    {
        Uploaders = 4, DevicesPerFile = 200, Readers = 20, Agents = 10, Organizations = 2, Duration = TimeSpan.FromSeconds(10),
        SettleTimeout = TimeSpan.FromMinutes(2),
    };

    public int Uploaders { get; init; } = 20;
    public int Readers { get; init; } = 200;
    public int Agents { get; init; } = 50;
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);
    public int DevicesPerFile { get; init; } = 1_000;

    /// <summary>Clients are spread over this many organisations in turn: several admins of several organisations,
    /// as in service, so that uploads contend for the upload lock both within and across organisations.</summary>
    public int Organizations { get; init; } = 5;

    /// <summary>A reader's pause between two calls, as a person reads a page before the next; zero for a hammer.</summary>
    public TimeSpan ReaderPause { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>An agent's pause between two check-in calls (each carries <see cref="CheckInsPerCall"/> devices).</summary>
    public TimeSpan AgentPause { get; init; } = TimeSpan.FromSeconds(1);
    public int CheckInsPerCall { get; init; } = 100;

    /// <summary>How long the registrations accepted in the run may take to become final after it.</summary>
    public TimeSpan SettleTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The seed of the first generated device; every file of the run takes the next seeds, so no two
    /// uploads share a device.</summary>
    public int FirstSeed { get; init; } = 1;
}
