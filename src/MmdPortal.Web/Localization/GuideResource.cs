namespace MmdPortal.Web.Localization;

/// <summary>
/// The key of the guided registration's texts (the guide page, steps 4 and 5 on the device page and the blade, the
/// hand-over sheet): <c>IHtmlLocalizer&lt;GuideResource&gt;</c> reads Resources/Localization/GuideResource(.nl).resx.
/// Keys are the English texts. Kept apart from <see cref="SharedResource"/> so that the guide's texts and the rest of
/// the portal's are translated in files of their own.
/// </summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T>; it is never instantiated.
public sealed class GuideResource;
#pragma warning restore CA1052
