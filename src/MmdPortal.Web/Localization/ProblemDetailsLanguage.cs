namespace MmdPortal.Web.Localization;

/// <summary>The API's problem details in the language of Accept-Language: the <c>title</c> and <c>detail</c> only.
/// <c>type</c>, <c>status</c> and the extensions (<c>file</c>, <c>line</c>, <c>index</c>) are codes that clients
/// branch on, the same in every language.</summary>
internal static class ProblemDetailsLanguage
{
    /// <summary>Translates a title that is still English, and says what a bare 404 means. The framework's default
    /// titles ("Not Found", "Bad Request") are keys in SharedResource like the portal's own texts; a title the
    /// endpoint already translated is no key and stays as it is.</summary>
    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Title is { } title) problem.Title = PortalText.Get(title);
        // The framework's 404 has no detail; a client needs to know that another organisation's ID looks the same.
        if (problem.Status == StatusCodes.Status404NotFound && problem.Detail is null)
            problem.Detail = PortalText.Get(
                "Nothing exists at this address for your organization. Check the ID, or whether it belongs to another organization.");
    }
}
