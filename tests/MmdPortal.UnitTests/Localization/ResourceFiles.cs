using System.Xml.Linq;
using MmdPortal.UnitTests.Deployment;

namespace MmdPortal.UnitTests.Localization;

/// <summary>The web project's resource files as they are in the repository, found by walking the folder rather
/// than listed, so that a file anyone adds later is checked too.</summary>
public static class ResourceFiles
{
    public const string DutchSuffix = ".nl.resx";

    public static string WebProject { get; } = RepositoryFiles.Path("src", "MmdPortal.Web");

    public static string ResourcesFolder { get; } = Path.Combine(WebProject, "Resources");

    /// <summary>Every .resx below Resources, relative to it, with '/' separators.</summary>
    public static IReadOnlyList<string> All() =>
        Directory.EnumerateFiles(ResourcesFolder, "*.resx", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(ResourcesFolder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static bool IsDutch(string relativePath) => relativePath.EndsWith(DutchSuffix, StringComparison.OrdinalIgnoreCase);

    public static string DutchOf(string neutral) => neutral[..^".resx".Length] + DutchSuffix;

    public static string NeutralOf(string dutch) => dutch[..^DutchSuffix.Length] + ".resx";

    public static bool Exists(string relativePath) => File.Exists(Path.Combine(ResourcesFolder, relativePath));

    /// <summary>Key → value of one .resx file.</summary>
    public static IReadOnlyDictionary<string, string> Entries(string relativePath) =>
        XDocument.Load(Path.Combine(ResourcesFolder, relativePath)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);
}
