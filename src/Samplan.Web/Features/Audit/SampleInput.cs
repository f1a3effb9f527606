namespace Samplan.Web.Features.Audit;

/// <summary>What to draw a random sample from.</summary>
public sealed class SampleInput
{
    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public int? Size { get; set; } = RandomAuditSample.DefaultSize;
}
