using Samplan.Data;

namespace Samplan.Web.CaseEvents;

/// <summary>The save the events belong to: the DbContext the handlers add their rows to.</summary>
/// <param name="AuditedByCaller">True when the caller built the change's audit events itself (a
/// change across cases audited for each case's organisation); the audit handler then adds none.</param>
public sealed record SaveContext(SamplanDbContext Db, bool AuditedByCaller);
