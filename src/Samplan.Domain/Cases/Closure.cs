namespace Samplan.Domain.Cases;

public sealed record Closure(CloseReason Reason, string? Note, DateTimeOffset ClosedAt, Common.StaffRef ClosedBy);
