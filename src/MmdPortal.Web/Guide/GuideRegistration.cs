namespace MmdPortal.Web.Guide;

/// <summary>Services of the guided registration (steps 4 and 5, progress).</summary>
public static class GuideRegistration
{
    public static IHostApplicationBuilder AddGuide(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<DeviceImageChecks>();
        builder.Services.AddScoped<DeviceDelivery>();
        builder.Services.AddScoped<GuideProgress>();
        builder.Services.AddScoped<HandOverSheet>();
        return builder;
    }
}
