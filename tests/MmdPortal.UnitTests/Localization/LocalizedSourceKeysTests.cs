using System.Text.RegularExpressions;

namespace MmdPortal.UnitTests.Localization;

/// <summary>
/// A text a page asks for must be in its resource files, or the page shows the English key in Dutch without
/// anyone noticing. Views use IViewLocalizer, whose resources are named after the view
/// (Pages/Devices/Index.cshtml → Resources/Pages/Devices/Index.resx); page models use
/// IStringLocalizer&lt;TheirModel&gt; (→ Resources/Pages/Devices/IndexModel.resx).
/// </summary>
public sealed partial class LocalizedSourceKeysTests
{
    [Fact]
    public void Views_EveryLocalizerLiteral_IsInTheViewsResources()
    {
        var views = Directory.EnumerateFiles(Path.Combine(ResourceFiles.WebProject, "Pages"), "*.cshtml", SearchOption.AllDirectories);

        var missing = views.SelectMany(view => Missing(view, ViewLiteral(), ResourceOfView(view))).ToList();

        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void PageModels_EveryLocalizerLiteral_IsInTheModelsResources()
    {
        var models = Directory.EnumerateFiles(Path.Combine(ResourceFiles.WebProject, "Pages"), "*.cshtml.cs", SearchOption.AllDirectories);

        var missing = models
            .Select(model => (Path: model, Source: File.ReadAllText(model)))
            .Where(m => OwnLocalizer().IsMatch(m.Source))
            .SelectMany(m => Missing(m.Path, ModelLiteral(), ResourceOfModel(m.Path, OwnLocalizer().Match(m.Source).Groups[1].Value)))
            .ToList();

        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void Scanner_FindsTheLayoutsTexts()
    {
        // Guards the tests above: a regex that matched nothing would let every view through.
        var layout = File.ReadAllText(Path.Combine(ResourceFiles.WebProject, "Pages", "Shared", "_Layout.cshtml"));

        Assert.Contains("Skip to content", ViewLiteral().Matches(layout).Select(m => m.Groups[1].Value));
    }

    private static IEnumerable<string> Missing(string source, Regex literal, string neutral)
    {
        var keys = literal.Matches(File.ReadAllText(source)).Select(m => Regex.Unescape(m.Groups[1].Value)).Distinct().ToList();
        if (keys.Count == 0) yield break;
        var name = Path.GetRelativePath(ResourceFiles.WebProject, source);
        foreach (var file in new[] { neutral, ResourceFiles.DutchOf(neutral) })
        {
            if (!ResourceFiles.Exists(file))
            {
                yield return $"{name} uses the localizer but Resources/{file} does not exist";
                continue;
            }

            var entries = ResourceFiles.Entries(file);
            foreach (var key in keys.Where(k => !entries.ContainsKey(k))) yield return $"{name}: \"{key}\" is not in Resources/{file}";
        }
    }

    private static string ResourceOfView(string view) =>
        Path.GetRelativePath(ResourceFiles.WebProject, view).Replace('\\', '/')[..^".cshtml".Length] + ".resx";

    private static string ResourceOfModel(string model, string modelType) =>
        Path.GetDirectoryName(Path.GetRelativePath(ResourceFiles.WebProject, model))!.Replace('\\', '/') + $"/{modelType}.resx";

    [GeneratedRegex("""Localizer\["((?:[^"\\]|\\.)*)"[\],]""")]
    private static partial Regex ViewLiteral();

    [GeneratedRegex("""localizer\["((?:[^"\\]|\\.)*)"[\],]""")]
    private static partial Regex ModelLiteral();

    [GeneratedRegex(@"IStringLocalizer<(\w+Model)>\s+localizer")]
    private static partial Regex OwnLocalizer();
}
