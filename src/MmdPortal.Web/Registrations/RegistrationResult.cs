namespace MmdPortal.Web.Registrations;

/// <summary>What became of an upload: accepted as a request, refused with nothing stored, or (validate only)
/// the outcome it would have had.</summary>
public sealed record RegistrationResult(Guid? RequestId, int RowCount, UploadProblem? Problem, RequestDocument? Prediction = null)
{
    public static RegistrationResult Accepted(Guid requestId, int rowCount) => new(requestId, rowCount, null);
    public static RegistrationResult Rejected(UploadProblem problem) => new(null, 0, problem);
    public static RegistrationResult Predicted(RequestDocument prediction) => new(null, prediction.RowCount, null, prediction);
}
