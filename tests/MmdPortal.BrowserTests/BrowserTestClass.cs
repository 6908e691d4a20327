namespace MmdPortal.BrowserTests;

/// <summary>
/// What every browser test class is: a member of the collection that shares one <see cref="Chromium"/>, with a
/// portal of its own (<typeparamref name="TPortal"/>, started once for the class). xunit finds the collection and the
/// class fixture on a base class too, so a test class only derives from this one.
/// </summary>
/// <remarks>
/// A test class that runs in both languages is abstract and takes the language's texts; xunit needs a concrete class
/// per language, so it nests two one-line classes, <c>InEnglish</c> and <c>InDutch</c>, whose names tell the two runs
/// apart in the output:
/// <code>
/// public abstract class SomeTests(Chromium chromium, BrowserPortal portal, PortalTexts texts) : BrowserTestClass&lt;BrowserPortal&gt;
/// {
///     public sealed class InEnglish(Chromium chromium, BrowserPortal portal) : SomeTests(chromium, portal, PortalTexts.English);
///     public sealed class InDutch(Chromium chromium, BrowserPortal portal) : SomeTests(chromium, portal, PortalTexts.Dutch);
/// }
/// </code>
/// </remarks>
[Collection(SharedChromium.Name)]
public abstract class BrowserTestClass<TPortal> : IClassFixture<TPortal>
    where TPortal : BrowserPortal;
