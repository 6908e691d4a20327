using System.Globalization;

namespace MmdPortal.IntegrationTests.Faults;

/// <summary>The size of the heavy fault scenarios: small in CI, set by environment variables for the full run that
/// docs/reliability.md reports (<c>MMDPORTAL_FAULTS_DEVICES=20000 MMDPORTAL_FAULTS_KILLS=10</c>).</summary>
public static class FaultScale
{
    /// <summary>Devices per upload.</summary>
    public static int Devices => Read("MMDPORTAL_FAULTS_DEVICES", 1_000);

    /// <summary>Times the portal is killed, one upload each.</summary>
    public static int Kills => Read("MMDPORTAL_FAULTS_KILLS", 3);

    /// <summary>The seed of the kill points: a failure names it, and the same seed kills at the same points.</summary>
    public static int Seed => Read("MMDPORTAL_FAULTS_SEED", 20261126);

    private static int Read(string variable, int fallback) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture)
            : fallback;
}
