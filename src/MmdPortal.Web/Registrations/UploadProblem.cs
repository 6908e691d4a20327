using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Registrations;

/// <summary>Why an upload was refused as a whole; nothing of it was stored.</summary>
/// <param name="File">The file at fault, or null when the upload as a whole is (no files, too many rows).</param>
/// <param name="Line">The physical line at fault, when there is one.</param>
/// <param name="Message">What is wrong and what to do about it, in words an admin acts on, in the language of the
/// request that read the file.</param>
public sealed record UploadProblem(string? File, int? Line, string Message)
{
    public override string ToString() => (File, Line) switch
    {
        (null, _) => Message,
        (_, null) => PortalText.Format("{0}: {1}", File, Message),
        _ => PortalText.Format("{0}, line {1}: {2}", File, Line, Message),
    };
}
