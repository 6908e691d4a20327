namespace MmdPortal.Web.Licences;

public static class LicencesRegistration
{
    public static IHostApplicationBuilder AddLicences(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LicenceCsvReader>();
        builder.Services.AddScoped<LicensedUserList>();
        return builder;
    }
}
