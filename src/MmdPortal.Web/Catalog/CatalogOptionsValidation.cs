using Microsoft.Extensions.Options;

namespace MmdPortal.Web.Catalog;

/// <summary>Start-up checks of <c>Catalog:Models</c>, which DataAnnotations cannot reach inside a list. A model
/// that is already in the catalog is not an error: a later release may build in what a site configured.</summary>
public sealed class CatalogOptionsValidation : IValidateOptions<CatalogOptions>
{
    public ValidateOptionsResult Validate(string? name, CatalogOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        for (var i = 0; i < options.Models.Count; i++)
        {
            var model = options.Models[i];
            var problem = CatalogRules.Check(model.Manufacturer, model.Model, model.MachineTypes);
            if (problem is not null) failures.Add($"Catalog:Models:{i}: {problem}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
