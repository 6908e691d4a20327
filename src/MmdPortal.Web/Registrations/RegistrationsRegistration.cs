namespace MmdPortal.Web.Registrations;

public static class RegistrationsRegistration
{
    public static IHostApplicationBuilder AddRegistrations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<HardwareHashCsvReader>();
        builder.Services.AddScoped<DeviceRegistrar>();
        builder.Services.AddScoped<RequestQueries>();
        builder.Services.AddScoped<FailedRowsCsv>();
        return builder;
    }
}
