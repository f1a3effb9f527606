namespace Samplan.Web.Features.Audit;

/// <summary>The model of the shared events table partial.</summary>
public sealed record AuditEventTable(IReadOnlyList<AuditEventRow> Rows, string Caption);
