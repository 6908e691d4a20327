namespace MmdPortal.Web.Guide;

/// <summary>Where each step of the guide starts on the guide page (/Devices/Guide#step-N).</summary>
public static class GuideSteps
{
    public const string Page = "/Devices/Guide";

    public static string Link(int step) => $"{Page}#step-{step}";
}
