using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Devices.Hashes;

/// <summary>The outcome of checking one hardware hash.</summary>
/// <param name="Problem">Null when the hash is valid.</param>
/// <param name="Text">What is wrong, in a sentence an IT admin can act on; null when valid. Stored with the device,
/// so kept as a key and values.</param>
/// <param name="Facts">
/// Set when valid, and also when the records could be read but a later check failed (a wrong checksum or a missing
/// serial number), so that the admin can still be told which device the row is about.
/// </param>
public readonly record struct HardwareHashCheck(HardwareHashProblem? Problem, StoredText? Text, HardwareHashFacts? Facts)
{
    /// <summary>What is wrong, in English (the command line, logs).</summary>
    public string? Detail => Text?.English();

    public bool IsValid => Problem is null;

    public static HardwareHashCheck Valid(HardwareHashFacts facts) => new(null, null, facts);

    public static HardwareHashCheck Invalid(HardwareHashProblem problem, StoredText detail, HardwareHashFacts? facts = null) =>
        new(problem, detail, facts);
}
