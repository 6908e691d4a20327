using System.Text.Json;
using MmdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Lifecycle;

/// <summary>Reads the body of a check-in call itself rather than through parameter binding: a body that is too
/// large or not JSON is then a problem saying so on every server and in every environment (binding throws in
/// Development, and the test server enforces no body size).</summary>
internal static class CheckInBody
{
    public static async Task<(CheckInRequest? Request, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, JsonSerializerOptions json, long maxBytes, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
            return (null, Problem(StatusCodes.Status415UnsupportedMediaType, PortalText.Get("Send the check-ins as application/json.")));
        if (request.ContentLength > maxBytes) return (null, TooLarge(maxBytes));
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } serverLimit)
            serverLimit.MaxRequestBodySize = maxBytes;

        try
        {
            var body = await JsonSerializer.DeserializeAsync<CheckInRequest>(
                new LengthLimitedStream(request.Body, maxBytes), json, cancellationToken);
            return body?.Devices is null
                ? (null, Problem(StatusCodes.Status400BadRequest, PortalText.Get("Give the check-ins as an array named 'devices'.")))
                : (body, null);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(maxBytes));
        }
        catch (JsonException ex)
        {
            // The serializer's message names the JSON path and position, which is what the agent's author needs.
            return (null, Problem(StatusCodes.Status400BadRequest, PortalText.Format("The body is not check-ins in JSON: {0}", ex.Message)));
        }
    }

    private static ProblemHttpResult TooLarge(long maxBytes) => Problem(StatusCodes.Status413PayloadTooLarge,
        PortalText.Format("The body is larger than {0:N0} bytes. Send fewer check-ins per call.", maxBytes));

    public static ProblemHttpResult Problem(int status, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: PortalText.Get("The check-ins cannot be read."));
}
