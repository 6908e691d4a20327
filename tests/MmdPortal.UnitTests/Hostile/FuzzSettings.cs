using System.Globalization;

namespace MmdPortal.UnitTests.Hostile;

/// <summary>How many mutated cases a fuzz test runs and from which seed: a fixed default, so that a failure found
/// in CI is found again on any machine; <c>MMDPORTAL_FUZZ_CASES</c> and <c>MMDPORTAL_FUZZ_SEED</c> change them for a
/// longer local run (docs/reliability.md).</summary>
internal static class FuzzSettings
{
    public const int DefaultSeed = 20261126;

    /// <summary>A hang fails the case: no input of a few megabytes takes this long to read.</summary>
    public static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(10);

    public static int Seed => Read("MMDPORTAL_FUZZ_SEED") ?? DefaultSeed;

    /// <summary>The cases of one test: <paramref name="ciDefault"/> unless the variable says otherwise.</summary>
    public static int Cases(int ciDefault) => Read("MMDPORTAL_FUZZ_CASES") ?? ciDefault;

    private static int? Read(string variable) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
