namespace Samplan.Domain.Cases;

/// <summary>What is done, by whom, and when (R-PLAN-5).</summary>
public sealed record PlanActivity(
    Guid Id,
    string What,
    ResponsibleKind Responsible,
    Guid? ResponsibleUnitId,
    string ResponsibleName,
    string TimePlan);
