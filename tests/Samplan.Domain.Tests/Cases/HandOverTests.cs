using Samplan.Domain.Cases;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

public class HandOverTests
{
    [Fact]
    public void R_CASE_2_R_INIT_5_A_discharge_case_is_handed_to_the_vardcentral_with_its_deadline_before_consent()
    {
        var c = CaseBuilder.Initiated(initiative: TestData.Initiative(dischargeReadyOn: TestData.Today)).Case;
        var due = c.NextDueOn;

        c.HandOver(TestData.KommunUnitId, TestData.RegionNurse, TestData.Now);

        Assert.Equal(TestData.KommunUnitId, c.ResponsibleUnitId);
        Assert.True(c.IsVisibleTo(TestData.KommunUnitId, TestData.Today));
        Assert.Equal(due, c.NextDueOn);
        Assert.Contains(c.Units, u => u.UnitId == TestData.KommunUnitId && u.Role == CaseUnitRole.Participant);
        Assert.Contains(c.Units, u => u.UnitId == TestData.RegionUnitId && u.Role == CaseUnitRole.Initiating);
        Assert.Equal(CaseEventKind.HandedOver, c.History[^1].Kind);
        // Before consent, the unit that handed it over no longer sees it.
        Assert.False(c.IsVisibleTo(TestData.RegionUnitId, TestData.Today));
    }

    [Fact]
    public void R_CONSENT_1_Without_discharge_a_case_is_handed_over_only_once_consent_covers_sharing()
    {
        var c = CaseBuilder.Initiated().Case;

        Assert.Equal("R-CONSENT-1", Refusal.Exactly(c, () => c.HandOver(TestData.KommunUnitId, TestData.RegionNurse, TestData.Now), "handover.needs-consent").Violations[0].Rule);
        var consented = CaseBuilder.Initiated().Consented().Case;
        consented.HandOver(TestData.KommunUnitId, TestData.RegionNurse, TestData.Now);
        Assert.Equal(TestData.KommunUnitId, consented.ResponsibleUnitId);
        Assert.True(consented.IsVisibleTo(TestData.RegionUnitId, TestData.Today));
    }

    [Fact]
    public void R_CASE_2_Only_the_responsible_unit_hands_over_and_not_to_itself()
    {
        var c = CaseBuilder.Initiated().Consented().Case;

        Refusal.Exactly(c, () => c.HandOver(TestData.OtherUnitId, TestData.KommunOfficer, TestData.Now), "handover.responsible-only");
        Refusal.Exactly(c, () => c.HandOver(TestData.RegionUnitId, TestData.RegionNurse, TestData.Now), "handover.same-unit");
    }

    [Fact]
    public void R_COORD_2_Once_the_plan_names_a_coordinator_the_case_is_not_handed_over()
    {
        var c = CaseBuilder.Active().Case;

        Assert.Equal("R-COORD-2", Refusal.Of(c, () => c.HandOver(TestData.RegionUnitId, TestData.KommunOfficer, TestData.Now), "handover.after-plan").Violations.Single(v => v.Code == "handover.after-plan").Rule);
    }

    [Fact]
    public void A_closed_case_is_not_handed_over()
    {
        var c = CaseBuilder.InPhase(CasePhase.Closed).Case;

        Refusal.Of(c, () => c.HandOver(TestData.KommunUnitId, TestData.RegionNurse, TestData.Now), "handover.case-not-open");
    }
}
