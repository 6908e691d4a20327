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

    /// <summary>Raises the body size limit for endpoints marked <see cref="UploadEndpointAttribute"/>. Runs after
    /// routing (to see the endpoint) and before anything reads the body.</summary>
    public static WebApplication UseUploadLimits(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<UploadEndpointAttribute>() is not null
                && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = context.RequestServices.GetRequiredService<IOptions<UploadOptions>>().Value.MaxBytes;
            }

            return next(context);
        });
        return app;
    }
}
