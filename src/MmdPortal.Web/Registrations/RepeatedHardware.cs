namespace MmdPortal.Web.Registrations;

/// <summary>The words for a row that names hardware an earlier row already named: the upload and the merge
/// command say it the same way.</summary>
internal static class RepeatedHardware
{
    public static string Detail(string? hashKey, string? earlierHashKey, string earlierFile, int earlierLine) =>
        hashKey == earlierHashKey
            ? $"Duplicate of {earlierFile} line {earlierLine}."
            : $"Same serial number as {earlierFile} line {earlierLine} but a different hardware hash: check which capture is current.";
}
