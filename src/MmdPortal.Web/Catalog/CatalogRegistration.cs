namespace MmdPortal.Web.Catalog;

public static class CatalogRegistration
{
    public static IHostApplicationBuilder AddCatalog(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CatalogOptions>().BindConfiguration(CatalogOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<CatalogOptions>, CatalogOptionsValidation>();
        builder.Services.AddSingleton<SharedCatalog>();
        builder.Services.AddScoped<HardwareCatalog>();
        builder.Services.AddScoped<OrganizationModels>();
        return builder;
    }
}
