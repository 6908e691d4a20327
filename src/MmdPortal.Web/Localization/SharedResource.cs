namespace MmdPortal.Web.Localization;

/// <summary>
/// The key of the texts shared by pages, the API and the workers (statuses, errors, common words):
/// <c>IStringLocalizer&lt;SharedResource&gt;</c> reads Resources/Localization/SharedResource.nl.resx.
/// Keys are the English texts, so English needs no resource file and a missing Dutch entry shows English.
/// </summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T>; it is never instantiated.
public sealed class SharedResource;
#pragma warning restore CA1052
