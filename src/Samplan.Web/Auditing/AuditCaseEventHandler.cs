using Samplan.Domain.Cases;
using Samplan.Web.CaseEvents;

namespace Samplan.Web.Auditing;

/// <summary>Audits each case change in the same transaction as the change: a change is never
/// stored without its audit event, nor an audit event for a change that was not stored. The row
/// has no sequence yet; <see cref="AuditSealer"/> chains it after the commit, as every other row.</summary>
public sealed class AuditCaseEventHandler(AuditLog audit) : ICaseEventHandler
{
    public void Handle(CaseChanged change, SaveContext context)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(context);
        if (context.AuditedByCaller)
        {
            return;
        }

        context.Db.AuditEvents.Add(audit.ForCase(AuditCodes.For(change.Kind), change));
    }
}
