using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Registrations;

/// <summary>The words for a row that names hardware an earlier row already named: the upload and the merge
/// command say it the same way.</summary>
internal static class RepeatedHardware
{
    /// <summary>The detail for a repeat of the row at <paramref name="earlierFile"/>, <paramref name="earlierLine"/>:
    /// a duplicate if <paramref name="sameHash"/> (the same hardware hash, or neither row has one), else the same
    /// manufacturer and serial number with another hash.</summary>
    public static StoredText Detail(bool sameHash, string earlierFile, int earlierLine) =>
        sameHash
            ? StoredText.Of(PortalText.Key("Duplicate of {0} line {1}."), earlierFile, earlierLine)
            : StoredText.Of(PortalText.Key(
                "Same serial number as {0} line {1} but a different hardware hash: check which capture is current."),
                earlierFile, earlierLine);
}
