using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace MmdPortal.UnitTests.Localization;

/// <summary>A form field's display name goes into its validation message ("Het veld Gebruikersnaam is verplicht."),
/// translated through SharedResource: every [Display(Name)] of a page's form must be a key there, and every
/// validated field must have one, or the Dutch message would name the C# property.</summary>
public sealed class DisplayNameKeysTests
{
    private static readonly List<PropertyInfo> FormFields = typeof(MmdPortal.Web.Localization.SharedResource).Assembly
        .GetTypes()
        .Where(t => t.Namespace?.StartsWith("MmdPortal.Web.Pages", StringComparison.Ordinal) == true)
        .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        .Where(p => p.GetCustomAttributes<ValidationAttribute>().Any())
        .ToList();

    [Fact]
    public void ValidatedFormFields_HaveADisplayNameInSharedResource()
    {
        var keys = ResourceFiles.Entries("Localization/SharedResource.resx").Keys.ToHashSet(StringComparer.Ordinal);
        Assert.True(FormFields.Count >= 5, $"Only {FormFields.Count} validated fields found: have the pages moved?");

        var astray = FormFields
            .Where(p => p.GetCustomAttribute<DisplayAttribute>()?.Name is not { } name || !keys.Contains(name))
            .Select(p => $"{p.DeclaringType!.FullName}.{p.Name}")
            .ToList();

        Assert.True(astray.Count == 0, "Validated fields without a [Display(Name)] in SharedResource: " + string.Join(", ", astray));
    }
}
