namespace MmdPortal.Web.Registrations;

/// <summary>What became of an upload: accepted as a request, or refused with nothing stored.</summary>
public sealed record RegistrationResult(Guid? RequestId, int RowCount, UploadProblem? Problem)
{
    public static RegistrationResult Accepted(Guid requestId, int rowCount) => new(requestId, rowCount, null);
    public static RegistrationResult Rejected(UploadProblem problem) => new(null, 0, problem);
}
