using Samplan.Domain.Cases;

namespace Samplan.Web.CaseEvents;

/// <summary>
/// Acts on a case's domain event while the change is being saved, by adding rows to the same
/// DbContext: whatever it adds is written by the one SaveChanges that writes the change, in one
/// transaction, or not at all. A handler does no I/O of its own; work that must reach the outside
/// world (mail, reminders) goes into the outbox and is done after the commit.
/// </summary>
public interface ICaseEventHandler
{
    void Handle(CaseChanged change, SaveContext context);
}
