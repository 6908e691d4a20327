namespace MmdPortal.Web.Devices.Hashes;

/// <summary>The outcome of checking one hardware hash.</summary>
/// <param name="Problem">Null when the hash is valid.</param>
/// <param name="Detail">What is wrong, in a sentence an IT admin can act on; null when valid.</param>
/// <param name="Facts">
/// Set when valid, and also when the records could be read but a later check failed (a wrong checksum or a missing
/// serial number), so that the admin can still be told which device the row is about.
/// </param>
public readonly record struct HardwareHashCheck(HardwareHashProblem? Problem, string? Detail, HardwareHashFacts? Facts)
{
    public bool IsValid => Problem is null;

    public static HardwareHashCheck Valid(HardwareHashFacts facts) => new(null, null, facts);

    public static HardwareHashCheck Invalid(HardwareHashProblem problem, string detail, HardwareHashFacts? facts = null) =>
        new(problem, detail, facts);
}
