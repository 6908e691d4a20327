using System.Globalization;
using System.Resources;

namespace MmdPortal.Web.Localization;

/// <summary>
/// Texts made in C# (statuses, errors, upload problems, API problem details) in the language of the current
/// request. A static reader, so that static helpers the views call (<c>StatusText.For</c>) keep their signatures.
/// </summary>
/// <remarks>
/// The key is the English text; texts with values are composite format strings ("Line {0}: …") so that Dutch may
/// put the values elsewhere in the sentence. RequestLocalization sets <see cref="CultureInfo.CurrentUICulture"/>
/// (the words) and <see cref="CultureInfo.CurrentCulture"/> (numbers and dates) per request; outside a request
/// both are the process's, which is invariant in the container image, so the workers write English; the CLI's
/// merge verb sets the invariant culture itself.
/// The same resources back <c>IStringLocalizer&lt;SharedResource&gt;</c> (ResourcesPath "Resources").
/// </remarks>
public static class PortalText
{
    /// <summary>Resources/Localization/SharedResource(.nl).resx, by the name the localizer factory gives it.</summary>
    internal static readonly ResourceManager Resources =
        new("MmdPortal.Web.Resources.Localization.SharedResource", typeof(SharedResource).Assembly);

    /// <summary>The text in the current UI language; the English key itself when it has no translation.</summary>
    /// <remarks>No overload takes a culture: what is stored or exported keeps the English key and never asks.</remarks>
    public static string Get(string english) => Resources.GetString(english, CultureInfo.CurrentUICulture) ?? english;

    /// <summary>Marks <paramref name="english"/> as a key that is translated later (a field name kept for a message),
    /// so that the parity test finds it in the code; returns it unchanged.</summary>
    public static string Key(string english) => english;

    /// <summary>A composite format string in the current UI language, its values formatted for the current culture
    /// (1,000 in English, 1.000 in Dutch).</summary>
    public static string Format(string englishFormat, params object?[] values) =>
        string.Format(CultureInfo.CurrentCulture, Get(englishFormat), values);
}
