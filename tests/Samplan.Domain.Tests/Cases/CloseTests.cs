using Samplan.Domain.Cases;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

public class CloseTests
{
    [Theory]
    [InlineData(CloseReason.GoalsMet)]
    [InlineData(CloseReason.NoLongerNeeded)]
    [InlineData(CloseReason.PersonDied)]
    [InlineData(CloseReason.PersonMoved)]
    [InlineData(CloseReason.ReplacedByNewSip)]
    public void R_END_1_Closing_records_the_reason_and_ends_every_deadline(CloseReason reason)
    {
        var c = CaseBuilder.Active().Case;

        c.Close(reason, "  ", TestData.KommunOfficer, TestData.AtFollowUp);

        Assert.Equal(CasePhase.Closed, c.Phase);
        Assert.False(c.IsOpen);
        Assert.Equal(new Closure(reason, null, TestData.AtFollowUp, TestData.KommunOfficer), c.Closure);
        Assert.Null(c.NextDueOn);
        Assert.Equal(CaseEventKind.Closed, c.History[^1].Kind);
        Assert.Equal(reason.ToString(), c.History[^1].Detail);
    }

    [Fact]
    public void R_END_1_Closing_for_another_reason_needs_a_note()
    {
        var c = CaseBuilder.Active().Case;

        var ex = Refusal.Exactly(c, () => c.Close(CloseReason.Other, " ", TestData.KommunOfficer, TestData.AtFollowUp), "close.note-required");

        Assert.Equal("R-END-1", ex.Violations[0].Rule);
        Assert.Equal("Note", ex.Violations[0].Field);
    }

    [Fact]
    public void R_END_1_Closing_for_another_reason_keeps_the_note_trimmed()
    {
        var c = CaseBuilder.Active().Case;

        c.Close(CloseReason.Other, "  Flyttar utomlands ", TestData.KommunOfficer, TestData.AtFollowUp);

        Assert.Equal("Flyttar utomlands", c.Closure!.Note);
    }

    [Fact]
    public void R_END_2_Only_the_coordinators_unit_can_close_an_ongoing_SIP()
    {
        var c = CaseBuilder.Active().Case;

        var ex = Refusal.Exactly(c, () => c.Close(CloseReason.GoalsMet, null, TestData.RegionNurse, TestData.AtFollowUp), "close.only-coordinator");

        Assert.Equal("R-END-2", ex.Violations[0].Rule);
    }

    [Fact]
    public void R_END_2_Before_a_coordinator_is_appointed_only_the_initiating_unit_can_close()
    {
        var c = CaseBuilder.InPhase(CasePhase.Invited).Case;

        Refusal.Exactly(c, () => c.Close(CloseReason.NoLongerNeeded, null, TestData.KommunOfficer, TestData.Now), "close.only-coordinator");

        c.Close(CloseReason.NoLongerNeeded, null, TestData.RegionNurse, TestData.Now);
        Assert.Equal(CasePhase.Closed, c.Phase);
    }

    [Fact]
    public void R_CONSENT_5_Consent_withdrawn_is_not_a_reason_to_close_use_WithdrawConsent()
    {
        var c = CaseBuilder.Active().Case;

        var ex = Refusal.Exactly(c, () => c.Close(CloseReason.ConsentWithdrawn, null, TestData.KommunOfficer, TestData.AtFollowUp), "close.use-withdraw-consent");

        Assert.Equal("R-CONSENT-5", ex.Violations[0].Rule);
    }

    [Fact]
    public void R_END_1_R_END_2_Every_problem_of_a_close_is_reported_at_once()
    {
        var c = CaseBuilder.Active().Case;

        Refusal.Exactly(c, () => c.Close(CloseReason.Other, null, TestData.OtherStaff, TestData.AtFollowUp), "close.note-required", "close.only-coordinator");
    }

    [Fact]
    public void Lifecycle_A_closed_case_cannot_be_closed_again()
    {
        var c = CaseBuilder.Initiated().Closed().Case;

        var ex = Refusal.Exactly(c, () => c.Close(CloseReason.GoalsMet, null, TestData.RegionNurse, TestData.Now), "case.already-closed");

        Assert.Equal(CloseReason.NoLongerNeeded, c.Closure!.Reason);
        Assert.Equal("LIFECYCLE", ex.Violations[0].Rule);
    }

    [Fact]
    public void R_END_1_A_case_can_be_closed_before_consent()
    {
        var c = CaseBuilder.Initiated().Case;

        c.Close(CloseReason.NoLongerNeeded, null, TestData.RegionNurse, TestData.Now);

        Assert.Equal(CasePhase.Closed, c.Phase);
        Assert.Null(c.Consent);
    }

    [Fact]
    public void R_PROT_1_A_case_in_manual_handling_can_be_closed_by_the_responsible_unit()
    {
        var c = CaseBuilder.InPhase(CasePhase.ManualHandling).Case;

        c.Close(CloseReason.Other, "Handläggs på papper", TestData.RegionNurse, TestData.Now);

        Assert.Equal(CasePhase.Closed, c.Phase);
    }
}
