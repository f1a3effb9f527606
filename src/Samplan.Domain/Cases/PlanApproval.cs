namespace Samplan.Domain.Cases;

public sealed record PlanApproval(string ApprovedBy, ApprovalMethod Method, DateOnly ApprovedOn);
