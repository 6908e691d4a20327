using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Registrations;

/// <summary>The words for a row that names hardware an earlier row already named: the upload and the merge
/// command say it the same way.</summary>
internal static class RepeatedHardware
{
    public static StoredText Detail(string? hashKey, string? earlierHashKey, string earlierFile, int earlierLine) =>
        hashKey == earlierHashKey
            ? StoredText.Of(PortalText.Key("Duplicate of {0} line {1}."), earlierFile, earlierLine)
            : StoredText.Of(PortalText.Key(
                "Same serial number as {0} line {1} but a different hardware hash: check which capture is current."),
                earlierFile, earlierLine);
}
