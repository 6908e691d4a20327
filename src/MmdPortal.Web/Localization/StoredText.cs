using System.Globalization;
using System.Text.Json;

namespace MmdPortal.Web.Localization;

/// <summary>A text the portal stores (a device's error detail, a request's warning, an audit entry's detail): its
/// English composite format string, which is its <see cref="PortalText"/> key, and its values as a JSON array of
/// strings. Stored so, a reader sees it in their own language, while exports and logs render it in English.</summary>
/// <remarks>A record with the values already serialised, so that equal texts are equal: the registration worker
/// groups its verdicts by them and writes each group with one statement. A text stored before the values were
/// (no <see cref="Args"/>) is the whole English text: it is translated if it is a known key, else shown as stored.</remarks>
public sealed record StoredText(string Key, string? Args)
{
    /// <summary>A value longer than this is cut: values come from files and hashes, and the columns hold sentences.</summary>
    public const int MaxValueLength = 500;

    /// <summary>The text for <paramref name="key"/> (mark it with <c>PortalText.Key</c>, so that the parity test finds
    /// it) with <paramref name="values"/>, formatted now in the invariant culture: the stored text reads the same
    /// whoever wrote it.</summary>
    public static StoredText Of(string key, params object?[] values) => values.Length == 0
        ? new(key, null)
        : new(key, JsonSerializer.Serialize(values.Select(Value).ToArray()));

    /// <summary>In the reader's language.</summary>
    public string Localized() => Show(Key, Args)!;

    /// <summary>In English, for exports, logs and the command line.</summary>
    public string English() => English(Key, Args)!;

    public override string ToString() => English();

    /// <summary>A stored text and its values in the current UI language; null for no text.</summary>
    public static string? Show(string? text, string? args) => Render(text, args, PortalText.Get, CultureInfo.CurrentCulture);

    /// <summary>A stored text and its values in English; null for no text.</summary>
    public static string? English(string? text, string? args) => Render(text, args, key => key, CultureInfo.InvariantCulture);

    /// <summary>Texts stored with a parallel list of values (a request's warnings), in the current UI language. A
    /// list stored before the values were, or out of step with them, is shown text by text as stored texts without
    /// values.</summary>
    public static IReadOnlyList<string> ShowAll(IReadOnlyList<string> texts, IReadOnlyList<string>? args) =>
        texts.Select((text, i) => Show(text, args is not null && args.Count == texts.Count ? NullIfEmpty(args[i]) : null)!).ToList();

    /// <summary>The values as stored beside a list of texts: "" for a text without values.</summary>
    public string StoredArgs => Args ?? "";

    private static string? NullIfEmpty(string args) => args.Length == 0 ? null : args;

    private static string? Render(string? text, string? args, Func<string, string> words, CultureInfo culture)
    {
        if (text is null) return null;
        if (args is null) return words(text);
        try
        {
            var values = JsonSerializer.Deserialize<string[]>(args) ?? [];
            return string.Format(culture, words(text), values.Cast<object?>().ToArray());
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            // A broken row must not break the page that lists it: show what is stored.
            return text;
        }
    }

    private static string? Value(object? value)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture);
        return text is null || text.Length <= MaxValueLength ? text : string.Concat(text.AsSpan(0, MaxValueLength - 1), "…");
    }
}
