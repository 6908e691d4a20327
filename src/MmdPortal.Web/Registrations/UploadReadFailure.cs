using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Registrations;

/// <summary>Turns a request body that broke off or broke a limit while an upload was read into the problem the
/// client is shown. The transaction has been rolled back by then: nothing of the upload is stored.</summary>
public static class UploadReadFailure
{
    public static bool TryDescribe(Exception exception, long maxBytes, out int statusCode, out string detail)
    {
        (statusCode, detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                (StatusCodes.Status413PayloadTooLarge, TooLarge(maxBytes)),
            BadHttpRequestException => (StatusCodes.Status400BadRequest,
                PortalText.Get("The upload broke off before it was complete. Nothing was stored: upload the files again.")),
            IOException or InvalidDataException => (StatusCodes.Status400BadRequest,
                PortalText.Get("The multipart body is incomplete or malformed. Send the files as multipart/form-data, each in a part named 'files'; nothing was stored.")),
            _ => (0, ""),
        };
        return statusCode != 0;
    }

    public static string TooLarge(long maxBytes) =>
        PortalText.Format("The upload is larger than {0:N0} bytes, the most one upload takes (Upload:MaxBytes). Split the devices over several uploads.", maxBytes);
}
