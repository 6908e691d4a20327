namespace MmdPortal.Web.Lifecycle;

public static class LifecycleRegistration
{
    public static IHostApplicationBuilder AddLifecycle(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LifecycleOptions>().BindConfiguration(LifecycleOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<CheckIns>();
        builder.Services.AddScoped<InactivitySweep>();
        builder.Services.AddScoped<CheckInSimulator>();
        builder.Services.AddHostedService<LifecycleSweepWorker>();
        return builder;
    }
}
