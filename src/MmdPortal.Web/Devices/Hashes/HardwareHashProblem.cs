namespace MmdPortal.Web.Devices.Hashes;

/// <summary>Why a hardware hash cannot be used, in the order the decoder looks for it.</summary>
public enum HardwareHashProblem
{
    /// <summary>Null, empty or only whitespace.</summary>
    Missing,
    NotBase64,
    /// <summary>The blob does not start with "OA", so the text does not start with "T0E".</summary>
    NoMagic,
    /// <summary>A record runs past the end of the blob, or declares a length shorter than its own header.</summary>
    RecordOverrun,
    /// <summary>The declared length exceeds the blob, or the record walk does not land exactly on it.</summary>
    LengthMismatch,
    /// <summary>The "CS" trailer is missing or its SHA-256 differs: what a cut-short or edited hash gives.</summary>
    ChecksumMismatch,
    MissingSerialNumber,
    MissingManufacturer,
}
