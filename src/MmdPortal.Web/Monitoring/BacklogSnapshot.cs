namespace MmdPortal.Web.Monitoring;

/// <summary>The pending devices of all organisations at <paramref name="MeasuredAt"/>.</summary>
public sealed record BacklogSnapshot(long Count, DateTimeOffset? OldestSince, DateTimeOffset MeasuredAt)
{
    /// <summary>How long the oldest pending device has waited at <paramref name="now"/>; zero without any.</summary>
    public TimeSpan OldestAge(DateTimeOffset now) =>
        OldestSince is { } since && now > since ? now - since : TimeSpan.Zero;
}
