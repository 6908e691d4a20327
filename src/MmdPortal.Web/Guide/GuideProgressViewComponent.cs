using Microsoft.AspNetCore.Mvc;

namespace MmdPortal.Web.Guide;

/// <summary>The five steps' progress of one request, for the request page and the guide.</summary>
public sealed class GuideProgressViewComponent(GuideProgress progress) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid requestId) =>
        await progress.ForRequestAsync(requestId, HttpContext.RequestAborted) is { } counts
            ? View(new GuideProgressView(requestId, counts))
            : Content("");
}

public sealed record GuideProgressView(Guid RequestId, GuideProgressCounts Counts);
