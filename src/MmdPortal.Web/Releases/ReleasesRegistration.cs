namespace MmdPortal.Web.Releases;

public static class ReleasesRegistration
{
    public static IHostApplicationBuilder AddReleases(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ReleaseDesk>();
        builder.Services.AddScoped<ReleaseList>();
        return builder;
    }
}
