using MmdPortal.Web.Registrations;
using Microsoft.Extensions.Options;

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
            if (context.Exception is not null) context.ProblemDetails.Detail =
                "An unexpected error occurred. Give the Request ID to support.";
            else if (context.ProblemDetails.Status == StatusCodes.Status413PayloadTooLarge)
                context.ProblemDetails.Detail ??= UploadReadFailure.TooLarge(context.HttpContext.RequestServices
                    .GetRequiredService<IOptions<UploadOptions>>().Value.MaxBytes);
            else if (context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType)
                context.ProblemDetails.Detail =
                    "Send the files as multipart/form-data, each in a part named 'files'.";
        });
        return builder;
    }

    public static WebApplication UsePortalErrorHandling(this WebApplication app)
    {
        app.UseWhen(IsApi, api => api.UseExceptionHandler());
        app.UseWhen(context => !IsApi(context), pages => pages.UseExceptionHandler("/Error"));
        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), pages => pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
        return app;
    }

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
