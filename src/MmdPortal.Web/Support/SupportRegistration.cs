namespace MmdPortal.Web.Support;

public static class SupportRegistration
{
    public static IHostApplicationBuilder AddSupport(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ErrorRecorder>();
        builder.Services.AddExceptionHandler<StoringExceptionHandler>();
        builder.Services.AddScoped<SupportLookup>();
        builder.Services.AddScoped<SupportReleases>();
        return builder;
    }
}
