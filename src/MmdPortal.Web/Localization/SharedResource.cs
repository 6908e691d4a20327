namespace MmdPortal.Web.Localization;

/// <summary>
/// The key of the texts shared by pages, the API and the workers (statuses, errors, common words):
/// <c>IStringLocalizer&lt;SharedResource&gt;</c> and <see cref="PortalText"/> read
/// Resources/Localization/SharedResource.resx (English) and SharedResource.nl.resx (Dutch).
/// Keys are the English texts, so a missing entry still shows English; a test holds both files to the same keys.
/// </summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T>; it is never instantiated.
public sealed class SharedResource;
#pragma warning restore CA1052
