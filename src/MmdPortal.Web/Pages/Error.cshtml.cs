using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MmdPortal.Web.Pages;

/// <summary>What a user sees instead of a stack trace: what happened and the Request ID to give support.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IStringLocalizer<ErrorModel> localizer) : PageModel
{
    public string RequestId { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        RequestId = HttpContext.TraceIdentifier;
        (Title, Message) = code switch
        {
            404 => (localizer["Page not found"], localizer["There is nothing at this address."]),
            413 => (localizer["The upload is too large"], localizer["Split the devices over several files or uploads."]),
            400 => (localizer["The request could not be used"], localizer["Reload the page and try again."]),
            null => (localizer["Something went wrong"], localizer["An unexpected error occurred. Give the Request ID below to support."]),
            _ => (localizer["Something went wrong"], localizer["The portal answered with status {0}.", code]),
        };
        if (code is not null) Response.StatusCode = code.Value;
    }
}
