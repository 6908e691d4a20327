using MmdPortal.Data.Devices;
using MmdPortal.Web.Localization;
using Microsoft.Extensions.Localization;

namespace MmdPortal.Web.Guide;

/// <summary>The guide's values in the user's language. The keys are the English texts of GuideResource.resx.</summary>
public static class GuideTexts
{
    public static string For(this IStringLocalizer<GuideResource> text, ImageSource image) => image switch
    {
        ImageSource.SuppliedByPartner => text["Supplied by a partner"],
        ImageSource.AppliedByOrganization => text["Applied by the organisation"],
        _ => text["Not checked yet"],
    };

    public static string For(this IStringLocalizer<GuideResource> text, DeliveryProblem problem) => problem switch
    {
        DeliveryProblem.NotReady => text["The device is not Ready for user or Active: deliver it once its registration has succeeded."],
        DeliveryProblem.NoAssignedUser => text["The device has no assigned user: assign the user who will receive it first."],
        DeliveryProblem.NoLicence => text["The assigned user holds no licence: add one on the Licences page before delivering this device."],
        _ => text["The recipient is not valid: write a name or user principal name of at most 256 characters on one line."],
    };
}
