using MmdPortal.Web.Accounts;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Support;

/// <summary><c>&lt;request-id value="@id" /&gt;</c>: the one way a Request ID is shown. Support staff get a link to
/// the support desk's lookup; everyone else a <c>&lt;code&gt;</c> that js/copy.js gives a "Copy" button (without
/// script it is still plain, selectable text). <c>id</c> goes on the <c>&lt;code&gt;</c> element.</summary>
[HtmlTargetElement("request-id", TagStructure = TagStructure.WithoutEndTag)]
public sealed class RequestIdTagHelper : TagHelper
{
    public object? Value { get; set; }

    [HtmlAttributeName("id")] public string? ElementId { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var id = Value?.ToString();
        if (string.IsNullOrEmpty(id))
        {
            output.SuppressOutput();
            return;
        }

        var code = new TagBuilder("code");
        if (ElementId is not null) code.Attributes["id"] = ElementId;
        code.InnerHtml.Append(id);
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "request-id");
        output.Attributes.SetAttribute("data-request-id", id);
        if (ViewContext.HttpContext.User.IsInRole(PortalRoles.Support))
        {
            output.TagName = "a";
            output.Attributes.SetAttribute("href", $"/Support?id={Uri.EscapeDataString(id)}");
            output.Attributes.SetAttribute("title", PortalText.Get("Look this Request ID up on the support desk"));
        }
        else
        {
            output.TagName = "span";
            code.AddCssClass("copyable");
            code.Attributes["data-copy"] = "";
            // copy.js has English fallbacks only: the page gives it the words in the request's language.
            code.Attributes["data-copy-label"] = PortalText.Get("Copy");
            code.Attributes["data-copy-title"] = PortalText.Get("Copy the Request ID");
            code.Attributes["data-copied-label"] = PortalText.Get("Copied");
            code.Attributes["data-press-label"] = PortalText.Get("Press Ctrl+C");
        }
        output.Content.SetHtmlContent(code);
    }
}
