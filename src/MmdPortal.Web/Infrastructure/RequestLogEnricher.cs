using System.Security.Claims;
using MmdPortal.Web.Organizations;
using Serilog.Core;
using Serilog.Events;

namespace MmdPortal.Web.Infrastructure;

/// <summary>Adds to every event logged while a request runs its Request ID (the trace identifier that error pages
/// and ProblemDetails show, so support finds the log from what the user saw), and the signed-in organisation and
/// user. Read from the request itself rather than pushed by a middleware, so that events logged outside that
/// middleware (the exception handler's, the request completion) carry them too.</summary>
public sealed class RequestLogEnricher(IHttpContextAccessor http) : ILogEventEnricher
{
    public const string RequestId = "RequestId";
    public const string OrganizationId = "OrganizationId";
    public const string OrganizationName = "OrganizationName";
    public const string UserName = "UserName";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        if (http.HttpContext is not { } context) return;
        logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty(RequestId, context.TraceIdentifier));

        var user = context.User;
        if (user.Identity?.IsAuthenticated != true) return;
        Add(logEvent, propertyFactory, UserName, user.Identity.Name);
        Add(logEvent, propertyFactory, OrganizationId, user.FindFirstValue(PortalClaims.OrganizationId));
        Add(logEvent, propertyFactory, OrganizationName, user.FindFirstValue(PortalClaims.OrganizationName));
    }

    private static void Add(LogEvent logEvent, ILogEventPropertyFactory factory, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) logEvent.AddPropertyIfAbsent(factory.CreateProperty(name, value));
    }
}
