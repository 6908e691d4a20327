namespace MmdPortal.Web.Devices;

public static class DevicesRegistration
{
    public static IHostApplicationBuilder AddDevices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RegistrationWorkerOptions>().BindConfiguration(RegistrationWorkerOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<RegistrationSignal>();
        builder.Services.AddScoped<DeviceStateAdvancer>();
        builder.Services.AddSingleton<RegistrationChecks>();
        builder.Services.AddScoped<DeviceRetries>();
        builder.Services.AddScoped<DeviceDeregistration>();
        builder.Services.AddScoped<DeviceAssignments>();
        builder.Services.AddScoped<DeviceExport>();
        builder.Services.AddOptions<DeviceExportOptions>().BindConfiguration(DeviceExportOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<DeviceTimeline>();
        builder.Services.AddScoped<DeviceList>();
        builder.Services.AddScoped<DeviceCounts>();
        builder.Services.AddScoped<DeviceDetails>();
        builder.Services.AddHostedService<DeviceStateWorker>();
        return builder;
    }
}
