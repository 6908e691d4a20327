namespace MmdPortal.Web.Audit;

public static class AuditRegistration
{
    public static IHostApplicationBuilder AddAudit(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<AuditRetention>();
        builder.Services.AddHostedService<AuditRetentionWorker>();
        return builder;
    }
}
