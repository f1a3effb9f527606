using Samplan.Domain.Cases;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

public class DeadlinesTests
{
    [Fact]
    public void Deadline_constants_are_three_three_and_seven_days()
    {
        Assert.Equal(3, Deadlines.FirstContactDays);
        Assert.Equal(3, Deadlines.DischargeInvitationDays);
        Assert.Equal(7, Deadlines.PlanAgreementDays);
    }

    [Fact]
    public void R_INIT_4_First_step_is_due_three_days_after_the_need() =>
        Assert.Equal(new DateOnly(2026, 11, 25), Deadlines.FirstStepDue(TestData.Initiative(new DateOnly(2026, 11, 22))));

    [Fact]
    public void R_INIT_5_Discharge_readiness_sets_the_first_step_even_if_the_need_came_earlier() =>
        Assert.Equal(new DateOnly(2026, 11, 27), Deadlines.FirstStepDue(TestData.Initiative(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 24))));

    [Fact]
    public void Next_due_date_follows_the_phase_through_the_whole_process()
    {
        var b = CaseBuilder.Initiated();
        var firstStep = TestData.Initiative().NeedIdentifiedOn.AddDays(3);
        Assert.Equal(firstStep, b.Case.NextDueOn);

        b.Consented();
        Assert.Equal(firstStep, b.Case.NextDueOn);

        b.Prepared().Invited();
        Assert.Equal(TestData.MeetingOn, b.Case.NextDueOn);

        b.MeetingHeld();
        Assert.Equal(TestData.MeetingOn.AddDays(7), b.Case.NextDueOn);

        b.DraftSaved().Agreed();
        Assert.Equal(TestData.FollowUpOn, b.Case.NextDueOn);

        b.Closed();
        Assert.Null(b.Case.NextDueOn);
    }

    [Fact]
    public void R_INIT_5_The_next_date_says_what_is_due_through_the_whole_process()
    {
        var b = CaseBuilder.Initiated();
        Assert.Equal(DueKind.FirstContact, b.Case.NextDueKind);

        b.Consented().Prepared().Invited();
        Assert.Equal(DueKind.Meeting, b.Case.NextDueKind);

        b.MeetingHeld();
        Assert.Equal(DueKind.PlanAgreement, b.Case.NextDueKind);

        b.DraftSaved().Agreed();
        Assert.Equal(DueKind.FollowUp, b.Case.NextDueKind);

        b.Closed();
        Assert.Null(b.Case.NextDueKind);
    }

    [Fact]
    public void R_INIT_5_After_discharge_readiness_the_first_date_is_the_invitation()
    {
        var initiative = TestData.Initiative(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 24));

        Assert.Equal(DueKind.Invitation, Deadlines.KindOf(CasePhase.Initiated, initiative, Deadlines.FirstStepDue(initiative)));
        Assert.Equal(DueKind.Invitation, Deadlines.KindOf(CasePhase.Preparing, initiative, Deadlines.FirstStepDue(initiative)));
        Assert.Equal(DueKind.FirstContact, Deadlines.KindOf(CasePhase.Preparing, initiative, new DateOnly(2027, 3, 1)));
    }
}
