using MmdPortal.Web.Registrations;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace MmdPortal.Web.Infrastructure;

public static class UploadLimits
{
    public static IHostApplicationBuilder AddUploadLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<FormOptions>().Configure<IOptions<UploadOptions>>((form, upload) =>
            form.MultipartBodyLengthLimit = upload.Value.MaxBytes);
        return builder;
    }

    /// <summary>For endpoints marked <see cref="UploadEndpointAttribute"/>, replaces the server's body size limit
    /// (Kestrel: 30 MB) with <c>Upload:MaxBytes</c>, enforced by <see cref="LengthLimitedStream"/> on any server.
    /// Runs after routing (to see the endpoint) and before anything reads the body.</summary>
    public static WebApplication UseUploadLimits(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<UploadEndpointAttribute>() is null) return next(context);

            var maxBytes = context.RequestServices.GetRequiredService<IOptions<UploadOptions>>().Value.MaxBytes;
            if (context.Request.ContentLength > maxBytes)
            {
                // Refused before a byte is read; the status code pages explain the limit.
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return Task.CompletedTask;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } serverLimit)
                serverLimit.MaxRequestBodySize = null;
            context.Request.Body = new LengthLimitedStream(context.Request.Body, maxBytes);
            return next(context);
        });
        return app;
    }
}
