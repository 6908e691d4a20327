using System.Globalization;

namespace MmdPortal.UnitTests.Localization;

/// <summary>Runs a test in a language as RequestLocalization would set it for a request: the words
/// (UI culture) and the numbers (culture) both; the previous cultures come back on dispose.</summary>
internal sealed class UiCulture : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    private UiCulture(string name) =>
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (new CultureInfo(name), new CultureInfo(name));

    public static UiCulture Dutch() => new("nl-NL");

    public static UiCulture English() => new("en");

    public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (_culture, _uiCulture);
}
