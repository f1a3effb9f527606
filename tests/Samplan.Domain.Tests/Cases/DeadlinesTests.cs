using Samplan.Domain.Cases;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

public class DeadlinesTests
{
    [Fact]
    public void Deadline_constants_are_three_three_and_seven_days()
    {
        Assert.Equal(3, Deadlines.DefaultFirstContactDays);
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

    [Fact]
    public void R_INIT_4_The_first_contact_days_kept_with_the_initiative_set_the_deadline()
    {
        var sameDay = TestData.Initiative(new DateOnly(2026, 11, 22)) with { FirstContactDays = 0 };
        var week = TestData.Initiative(new DateOnly(2026, 11, 22)) with { FirstContactDays = 7 };

        Assert.Equal(new DateOnly(2026, 11, 22), Deadlines.FirstStepDue(sameDay));
        Assert.Equal(new DateOnly(2026, 11, 29), Deadlines.FirstStepDue(week));
        Assert.Equal(new DateOnly(2026, 11, 29), CaseBuilder.Initiated(initiative: week).Case.NextDueOn);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(Deadlines.MaxFirstContactDays + 1)]
    public void R_INIT_4_First_contact_days_outside_a_few_days_are_refused(int days)
    {
        var initiative = TestData.Initiative() with { FirstContactDays = days };

        var ex = Assert.Throws<Common.DomainRuleException>(() => SipCase.Initiate(Guid.NewGuid(), TestData.Adult(), initiative, TestData.RegionNurse, TestData.Now));

        Assert.Equal("initiative.first-contact-days", Assert.Single(ex.Violations).Code);
    }
}
