using MmdPortal.Web.Devices;
using Microsoft.AspNetCore.Mvc;

namespace MmdPortal.Web.Guide;

/// <summary>Steps 4 and 5 on the device page: the image check, the delivery with its licence check, and the link to
/// the hand-over sheet. Its forms post to the DeviceSteps page.</summary>
public sealed class DeviceGuideViewComponent : ViewComponent
{
    /// <summary>TempData key of a refused step, shown as an error on the device page.</summary>
    public const string ProblemKey = "GuideProblem";

    public IViewComponentResult Invoke(DeviceSummary device) =>
        View(new DeviceGuideView(device, TempData[ProblemKey] as string));
}

public sealed record DeviceGuideView(DeviceSummary Device, string? Problem);
