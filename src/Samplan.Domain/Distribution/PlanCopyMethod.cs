namespace Samplan.Domain.Distribution;

/// <summary>How a participant got the plan (R-DOC-2: directly or by post).</summary>
public enum PlanCopyMethod
{
    HandedOver,
    Post,
    Digital,
}
