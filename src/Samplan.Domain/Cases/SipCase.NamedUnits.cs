namespace Samplan.Domain.Cases;

public sealed partial class SipCase
{
    /// <summary>Every unit the case names anywhere: taking part, initiating, invited, at a meeting,
    /// coordinating, responsible for an activity, or acting in its history. A page about the case
    /// looks up only these, not the whole (national) directory.</summary>
    public IReadOnlySet<Guid> NamedUnitIds()
    {
        var ids = new HashSet<Guid> { InitiatingUnitId, ResponsibleUnitId };
        ids.UnionWith(_units.Select(u => u.UnitId));
        ids.UnionWith(Invitations.SelectMany(i => i.Invitees).Select(i => i.UnitId).OfType<Guid>());
        ids.UnionWith(Meetings.SelectMany(m => m.Participants).Select(p => p.UnitId).OfType<Guid>());
        ids.UnionWith(History.Select(e => e.ActorUnitId).OfType<Guid>());
        if (Coordinator is { } coordinator)
        {
            ids.Add(coordinator.UnitId);
        }

        foreach (var content in Plans.Select(p => p.Content))
        {
            if (content.Coordinator is { } planCoordinator)
            {
                ids.Add(planCoordinator.UnitId);
            }

            ids.UnionWith(content.Goals.SelectMany(g => g.Activities).Select(a => a.ResponsibleUnitId).OfType<Guid>());
        }

        return ids;
    }
}
