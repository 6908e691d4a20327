using System.Globalization;
using System.Text;

namespace MmdPortal.Web.Catalog;

/// <summary>How manufacturer and model strings compare, the way SMBIOS strings really vary: "Dell Inc." is
/// "Dell", "HP EliteBook 840 G8 Notebook PC" is "EliteBook 840 G8". See docs/catalog.md.</summary>
public static class HardwareNames
{
    // Words that firmware vendors put after the name and that never tell two manufacturers apart. Only trailing
    // ones are dropped, and never the first word, so "Computer Inc." is still a name ("computer").
    private static readonly HashSet<string> LegalSuffixes =
    [
        "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "gmbh", "ag", "sa",
        "plc", "bv", "kk", "computer", "computers", "computing", "client", "electronics", "technology", "technologies",
        "international", "group",
    ];

    // Names that are the same manufacturer under another spelling or an earlier company name.
    private static readonly Dictionary<string, string> ManufacturerAliases = new(StringComparer.Ordinal)
    {
        ["hewlettpackard"] = "hp",
        ["asustek"] = "asus",
        ["toshiba"] = "dynabook",
        ["fujitsusiemens"] = "fujitsu",
    };

    // What HP appends to the model name on some firmware and not on other; longest first. Only whole trailing
    // words, and never the whole model: "Surface Laptop" and "OptiPlex 7090 Micro" keep every word.
    private static readonly string[][] FormFactorSuffixes =
    [
        ["mobile", "workstation", "pc"], ["desktop", "mini", "pc"], ["notebook", "pc"], ["pc"],
    ];

    /// <summary>Lenovo's <see cref="ManufacturerKey"/>: the manufacturer that reports machine-type codes.</summary>
    public const string LenovoKey = "lenovo";

    public static bool SameManufacturer(string? a, string? b) =>
        a is not null && b is not null && ManufacturerKey(a) is { Length: > 0 } key && key == ManufacturerKey(b);

    /// <summary>"dell" for "Dell Inc.", "DELL" and "Dell Computer Corporation"; "hp" for "Hewlett-Packard";
    /// "" for null or blank.</summary>
    public static string ManufacturerKey(string? manufacturer)
    {
        var words = Words(manufacturer);
        var kept = words.Count;
        while (kept > 1 && LegalSuffixes.Contains(words[kept - 1])) kept--;
        var key = string.Concat(words.Take(kept));
        return ManufacturerAliases.GetValueOrDefault(key, key);
    }

    /// <summary>The model without case, spaces, punctuation, the manufacturer's name in front or HP's form-factor
    /// words behind: "elitebook840g8" for "HP EliteBook 840 G8 Notebook PC". A "+" counts ("Surface Pro 7+" is
    /// not "Surface Pro 7").</summary>
    public static string ModelKey(string? manufacturer, string? model)
    {
        var words = Words(model?.Replace("+", " plus ", StringComparison.Ordinal));
        var manufacturerKey = ManufacturerKey(manufacturer);
        var start = ManufacturerPrefixLength(words, manufacturerKey);
        var end = words.Count;
        foreach (var suffix in FormFactorSuffixes)
        {
            if (end - start > suffix.Length && words.Skip(end - suffix.Length).Take(suffix.Length).SequenceEqual(suffix))
            {
                end -= suffix.Length;
                break;
            }
        }

        return string.Concat(words.Skip(start).Take(end - start));
    }

    /// <summary>The machine type (first four characters, upper case) of a Lenovo machine-type-model code such as
    /// 20XW0026US, or of a bare machine type; null for anything else, e.g. a model name with spaces.</summary>
    public static string? MachineType(string? model)
    {
        var code = model?.Trim();
        if (code is null || code.Length is not (4 or 10) || !code.All(char.IsAsciiLetterOrDigit) || !code.Any(char.IsAsciiDigit))
            return null;
        return code[..4].ToUpperInvariant();
    }

    /// <summary>True for four ASCII letters or digits, the shape of a machine type.</summary>
    public static bool IsMachineType(string? value) =>
        value is { Length: 4 } && value.All(char.IsAsciiLetterOrDigit);

    // A leading manufacturer name is one or two words ("HP", "Hewlett Packard"), dropped only if words remain.
    private static int ManufacturerPrefixLength(List<string> words, string manufacturerKey)
    {
        if (manufacturerKey.Length == 0) return 0;
        for (var length = Math.Min(2, words.Count - 1); length >= 1; length--)
        {
            var prefix = string.Concat(words.Take(length));
            if (ManufacturerAliases.GetValueOrDefault(prefix, prefix) == manufacturerKey) return length;
        }

        return 0;
    }

    // Lower-case words of letters and digits; accents are dropped ("Portégé" is "portege").
    private static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return words;
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (word.Length > 0) words.Add(word.ToString());
            word.Clear();
        }

        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }
}
