using System.Globalization;
using MmdPortal.Web.Organizations;
using Microsoft.AspNetCore.Diagnostics;

namespace MmdPortal.Web.Support;

/// <summary>Stores every unhandled exception of a page or API call under the request's trace identifier, the
/// Request ID the error page and ProblemDetails show. Returns false so that they still render.</summary>
public sealed class StoringExceptionHandler(ErrorRecorder errors) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // A client's malformed or aborted request is not a bug the support desk needs to find.
        if (exception is BadHttpRequestException) return false;
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested) return false;

        var user = httpContext.User;
        var claim = user.FindFirst(PortalClaims.OrganizationId)?.Value;
        int? organizationId = int.TryParse(claim, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        // The pages' handler has already switched the path to /Error; the feature keeps the one that failed.
        var path = httpContext.Features.Get<IExceptionHandlerFeature>()?.Path ?? httpContext.Request.Path.Value;
        await errors.RecordAsync(httpContext.TraceIdentifier, $"{httpContext.Request.Method} {path}",
            exception, organizationId, user.Identity?.IsAuthenticated == true ? user.Identity.Name : null);
        return false;
    }
}
