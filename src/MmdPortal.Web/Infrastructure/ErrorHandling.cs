using System.Globalization;
using MmdPortal.Web.Registrations;
using Microsoft.Extensions.Options;
using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Infrastructure;

/// <summary>No stack trace reaches a user: the API answers ProblemDetails, pages a friendly page, and both
/// carry the Request ID under which the exception is logged for support.</summary>
public static class ErrorHandling
{
    public static IHostApplicationBuilder AddPortalErrorHandling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["requestId"] = context.HttpContext.TraceIdentifier;
            // The framework fills in exception details only in Development; never show them to anyone.
            context.ProblemDetails.Extensions.Remove("exception");
            // A value the API cannot bind (pageSize=abc, pageSize=99999999999): the client's mistake, named.
            if (context.Exception is BadHttpRequestException bad) context.ProblemDetails.Detail =
                PortalText.Format("{0} Check the value against the API reference.", bad.Message);
            else if (DatabaseFailure.TryDescribe(context.Exception, out var database))
            {
                context.ProblemDetails.Title = DatabaseFailure.Title;
                context.ProblemDetails.Detail = database;
                context.HttpContext.Response.Headers.RetryAfter = DatabaseFailure.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            }
            else if (context.Exception is not null) context.ProblemDetails.Detail =
                PortalText.Get("An unexpected error occurred. Give the Request ID to support.");
            else if (context.ProblemDetails.Status == StatusCodes.Status413PayloadTooLarge)
                context.ProblemDetails.Detail ??= UploadReadFailure.TooLarge(context.HttpContext.RequestServices
                    .GetRequiredService<IOptions<UploadOptions>>().Value.MaxBytes);
            else if (context.HttpContext.Items.ContainsKey(NulInQuery))
                context.ProblemDetails.Detail = PortalText.Get(
                    "A query value holds a NUL character (%00), which no name, serial number or cursor holds. Remove it.");
            else if (context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType)
                context.ProblemDetails.Detail = PortalText.Get(
                    "Send the files as multipart/form-data, each in a part named 'files'.");
            ProblemDetailsLanguage.Apply(context);
        });
        // Minimal APIs answer a query value they cannot bind with a bare 400 outside Development, and throw in it
        // (a 500 through the exception handler): always throw, and let the handler answer with the exception's
        // status code and a detail that names the parameter.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.Configure<ExceptionHandlerOptions>(options => options.StatusCodeSelector = StatusCodeOf);
        return builder;
    }

    public static WebApplication UsePortalErrorHandling(this WebApplication app)
    {
        app.UseWhen(IsApi, api => api.UseExceptionHandler());
        app.UseWhen(context => !IsApi(context), pages => pages.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Error",
            // Pages show every other failure as before (500, "Something went wrong"); see ErrorModel.
            StatusCodeSelector = exception => DatabaseFailure.TryDescribe(exception, out _)
                ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
        }));
        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), pages => pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
        // PostgreSQL refuses NUL in text: a search for "%00" was a 500 there (and matched nothing on SQLite).
        app.Use((context, next) =>
        {
            foreach (var (_, values) in context.Request.Query)
            {
                foreach (var value in values)
                {
                    if (value is null || !value.Contains('\0', StringComparison.Ordinal)) continue;
                    context.Items[NulInQuery] = true;
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    return Task.CompletedTask;
                }
            }

            return next(context);
        });
        return app;
    }

    /// <summary>The status of a request that failed with <paramref name="exception"/>: the client's mistake, the
    /// database being unavailable (503: the same request can succeed later), or a bug.</summary>
    public static int StatusCodeOf(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        _ when DatabaseFailure.TryDescribe(exception, out _) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    private const string NulInQuery = "MmdPortal.NulInQuery";

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
