using Samplan.Domain.Cases;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

/// <summary>Each transition raises a domain event matching the history line it records; they wait
/// on the aggregate until whoever saves the case has stored them with the change.</summary>
public class PendingEventsTests
{
    [Fact]
    public void A_transition_raises_the_event_of_its_history_line_for_the_case_and_its_person()
    {
        var b = CaseBuilder.Initiated().Consented();

        var e = b.Case.PendingEvents[^1];

        Assert.Equal(CaseEventKind.ConsentRecorded, e.Kind);
        Assert.Equal(b.Case.Id, e.CaseId);
        Assert.Equal(b.Case.IndividualId, e.IndividualId);
        Assert.Same(b.Case.History[^1], e.Event);
        Assert.Equal(b.Case.History.Select(h => h.Kind), b.Case.PendingEvents.Select(p => p.Kind));
    }

    [Fact]
    public void Cleared_events_are_not_raised_again_and_history_positions_go_on_counting()
    {
        var b = CaseBuilder.Initiated().Consented();
        b.Case.ClearPendingEvents();

        b.Case.SavePreparation(TestData.Preparation(), TestData.KommunOfficer, TestData.Now);

        var e = Assert.Single(b.Case.PendingEvents);
        Assert.Equal(CaseEventKind.PreparationSaved, e.Kind);
        Assert.Equal([1, 2, 3], b.Case.History.Select(h => h.Position));
    }

    [Fact]
    public void A_refused_transition_raises_nothing()
    {
        var c = CaseBuilder.Initiated().Case;
        c.ClearPendingEvents();

        Assert.Throws<Samplan.Domain.Common.DomainRuleException>(() => c.SavePreparation(TestData.Preparation(), TestData.KommunOfficer, TestData.Now));

        Assert.Empty(c.PendingEvents);
    }
}
