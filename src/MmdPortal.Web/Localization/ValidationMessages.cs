using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace MmdPortal.Web.Localization;

/// <summary>
/// Form validation in the request's language: the data-annotation messages ("The User name field is required.")
/// and the model-binding ones ("The value '' is invalid."), which ASP.NET Core writes in English by itself.
/// </summary>
/// <remarks>
/// The data-annotation localizer translates only an attribute's <c>ErrorMessage</c>, and a default message has none;
/// <see cref="DefaultMessages"/> gives each attribute its English default as <c>ErrorMessage</c>, so the localizer
/// finds it in SharedResource. Display names (<c>[Display(Name = "User name")]</c>) are keys there too.
/// </remarks>
public static class ValidationMessages
{
    public static IMvcBuilder AddPortalValidationMessages(this IMvcBuilder mvc)
    {
        mvc.AddDataAnnotationsLocalization(o =>
            o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        mvc.Services.Configure<MvcOptions>(o =>
        {
            o.ModelMetadataDetailsProviders.Add(new DefaultMessages());
            var messages = o.ModelBindingMessageProvider;
            messages.SetMissingBindRequiredValueAccessor(name => PortalText.Format("A value for the '{0}' parameter or property was not provided.", name));
            messages.SetMissingKeyOrValueAccessor(() => PortalText.Get("A value is required."));
            messages.SetMissingRequestBodyRequiredValueAccessor(() => PortalText.Get("A non-empty request body is required."));
            messages.SetValueMustNotBeNullAccessor(value => PortalText.Format("The value '{0}' is invalid.", value));
            messages.SetAttemptedValueIsInvalidAccessor((value, name) => PortalText.Format("The value '{0}' is not valid for {1}.", value, name));
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => PortalText.Format("The value '{0}' is not valid.", value));
            messages.SetUnknownValueIsInvalidAccessor(name => PortalText.Format("The supplied value is invalid for {0}.", name));
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => PortalText.Get("The supplied value is invalid."));
            messages.SetValueIsInvalidAccessor(value => PortalText.Format("The value '{0}' is invalid.", value));
            messages.SetValueMustBeANumberAccessor(name => PortalText.Format("The field {0} must be a number.", name));
            messages.SetNonPropertyValueMustBeANumberAccessor(() => PortalText.Get("The field must be a number."));
        });
        return mvc;
    }

    /// <summary>Sets the framework's English default as the <c>ErrorMessage</c> of the validation attributes the
    /// pages use, so that the localizer translates it; an attribute with its own message keeps it.</summary>
    private sealed class DefaultMessages : IValidationMetadataProvider
    {
        public void CreateValidationMetadata(ValidationMetadataProviderContext context)
        {
            // Explicit attributes, and the [Required] the framework adds itself for non-nullable properties.
            var attributes = context.Attributes.OfType<ValidationAttribute>()
                .Concat(context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>());
            foreach (var attribute in attributes)
            {
                if (attribute.ErrorMessage is not null || attribute.ErrorMessageResourceType is not null) continue;
                attribute.ErrorMessage = DefaultFor(attribute);
            }
        }

        private static string? DefaultFor(ValidationAttribute attribute) => attribute switch
        {
            RequiredAttribute => PortalText.Key("The {0} field is required."),
            StringLengthAttribute { MinimumLength: > 0 } => PortalText.Key("The field {0} must be a string with a minimum length of {2} and a maximum length of {1}."),
            StringLengthAttribute => PortalText.Key("The field {0} must be a string with a maximum length of {1}."),
            RangeAttribute => PortalText.Key("The field {0} must be between {1} and {2}."),
            CompareAttribute => PortalText.Key("'{0}' and '{1}' do not match."),
            _ => null,
        };
    }
}
