using Samplan.Domain.Cases;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

/// <summary>A case page looks up only the units its case names; this is the list.</summary>
public class NamedUnitIdsTests
{
    [Fact]
    public void An_active_case_names_its_participating_invited_and_acting_units_and_no_other()
    {
        var c = CaseBuilder.Active().Case;

        var named = c.NamedUnitIds();

        Assert.Contains(c.InitiatingUnitId, named);
        Assert.Contains(c.ResponsibleUnitId, named);
        Assert.All(c.Units, u => Assert.Contains(u.UnitId, named));
        Assert.All(c.History, e => Assert.Contains(e.ActorUnitId!.Value, named));
        Assert.All(c.Invitations.SelectMany(i => i.Invitees).Select(i => i.UnitId).OfType<Guid>(), id => Assert.Contains(id, named));
        Assert.All(c.AgreedPlan!.Content.Goals.SelectMany(g => g.Activities).Select(a => a.ResponsibleUnitId).OfType<Guid>(), id => Assert.Contains(id, named));
        Assert.DoesNotContain(Guid.NewGuid(), named);
    }
}
