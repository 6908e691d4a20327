using System.Text.RegularExpressions;

namespace MmdPortal.UnitTests.Localization;

/// <summary>
/// A text a page asks for must be in its resource files, or the page shows the English key in Dutch without
/// anyone noticing. Views use IViewLocalizer, whose resources are named after the view
/// (Pages/Devices/Index.cshtml → Resources/Pages/Devices/Index.resx); page models use
/// IStringLocalizer&lt;TheirModel&gt; (→ Resources/Pages/Devices/IndexModel.resx). A resource shared by several pages
/// is a class in Localization (GuideResource → Resources/Localization/GuideResource.resx), asked for through an
/// injected IStringLocalizer&lt;GuideResource&gt; or IHtmlLocalizer&lt;GuideResource&gt; under any name (G, T, text).
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
    public void SharedResourceLocalizers_EveryLiteral_IsInTheirResources()
    {
        var sources = Directory.EnumerateFiles(ResourceFiles.WebProject, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !Path.GetRelativePath(ResourceFiles.WebProject, f).Split(Path.DirectorySeparatorChar).Any(d => d is "bin" or "obj"))
            .Select(f => (Path: f, Source: File.ReadAllText(f)))
            .ToList();
        var asked = sources
            .SelectMany(s => SharedLocalizer().Matches(s.Source)
                .Select(m => (s.Path, Resource: $"Localization/{m.Groups[1].Value}.resx", Name: m.Groups[2].Value)))
            .Where(l => ResourceFiles.Exists(l.Resource))
            .Distinct()
            .ToList();

        var missing = asked.SelectMany(l => Missing(l.Path, LiteralOf(l.Name), l.Resource)).ToList();

        // Guards the test: the guide asks GuideResource for over a hundred texts; a scanner that no longer found the
        // localizers or their literals would let every text through.
        var guideTexts = asked.Where(l => l.Resource == "Localization/GuideResource.resx")
            .SelectMany(l => LiteralOf(l.Name).Matches(sources.Single(s => s.Path == l.Path).Source).Select(m => m.Groups[1].Value))
            .Distinct()
            .Count();
        Assert.True(guideTexts > 50, $"Only {guideTexts} texts asked of GuideResource found: the pattern no longer matches the pages.");
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

    // An injected or passed localizer of a resource class, by its type's last name and the variable's name:
    // "@inject IHtmlLocalizer<MmdPortal.Web.Localization.GuideResource> G", "IStringLocalizer<GuideResource> text".
    [GeneratedRegex(@"I(?:String|Html)Localizer<(?:[\w.]+\.)?(\w+)>\s+(\w+)")]
    private static partial Regex SharedLocalizer();

    private static Regex LiteralOf(string localizer) => new($$"""\b{{localizer}}\["((?:[^"\\]|\\.)*)"[\],]""");
}
