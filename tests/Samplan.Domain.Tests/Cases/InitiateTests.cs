using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

public class InitiateTests
{
    private static SipCase Initiate(Initiative initiative) =>
        SipCase.Initiate(Guid.NewGuid(), TestData.Adult(), initiative, TestData.RegionNurse, TestData.Now);

    private static DomainRuleException Refused(Initiative initiative) =>
        Assert.Throws<DomainRuleException>(() => Initiate(initiative));

    [Fact]
    public void R_PROT_1_Initiative_for_a_person_with_protected_identity_is_refused()
    {
        var person = TestData.Adult();
        person.MarkProtectedIdentity();

        var ex = Assert.Throws<DomainRuleException>(() =>
            SipCase.Initiate(Guid.NewGuid(), person, TestData.Initiative(), TestData.RegionNurse, TestData.Now));

        var violation = Assert.Single(ex.Violations);
        Assert.Equal(new RuleViolation("R-PROT-1", "case.protected-identity", "Personnummer"), violation);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void R_INIT_2_Initiative_without_reason_is_refused(string reason)
    {
        var ex = Refused(TestData.Initiative() with { Reason = reason });

        var violation = Refusal.Violation(ex, "initiative.reason-missing");
        Assert.Equal("R-INIT-2", violation.Rule);
        Assert.Equal("Reason", violation.Field);
    }

    [Fact]
    public void R_INIT_2_Need_identified_in_the_future_is_refused()
    {
        var ex = Refused(TestData.Initiative(identifiedOn: TestData.Today.AddDays(1)));

        Assert.Equal("NeedIdentifiedOn", Refusal.Violation(ex, "initiative.identified-in-future").Field);
    }

    [Fact]
    public void R_INIT_2_All_problems_of_an_initiative_are_reported_at_once()
    {
        var ex = Refused(TestData.Initiative(identifiedOn: TestData.Today.AddDays(1)) with { Reason = "" });

        Assert.True(ex.Has("initiative.reason-missing"));
        Assert.True(ex.Has("initiative.identified-in-future"));
    }

    [Fact]
    public void R_INIT_5_Discharge_date_more_than_60_days_before_the_need_is_refused()
    {
        var identified = TestData.Today.AddDays(-1);

        var ex = Refused(TestData.Initiative(identified, identified.AddDays(-61)));

        Assert.Equal("R-INIT-5", Refusal.Violation(ex, "initiative.discharge-date-implausible").Rule);
        Assert.Equal(identified.AddDays(-60).AddDays(3), Initiate(TestData.Initiative(identified, identified.AddDays(-60))).NextDueOn);
    }

    [Fact]
    public void R_INIT_2_Need_identified_today_is_accepted()
    {
        Assert.Equal(CasePhase.Initiated, Initiate(TestData.Initiative(identifiedOn: TestData.Today)).Phase);
    }

    [Fact]
    public void R_INIT_4_First_contact_is_due_three_days_after_the_need_was_identified()
    {
        var identified = TestData.Today.AddDays(-1);

        Assert.Equal(identified.AddDays(3), Initiate(TestData.Initiative(identified)).NextDueOn);
    }

    [Fact]
    public void R_INIT_5_At_discharge_the_invitation_is_due_three_days_after_utskrivningsklar()
    {
        var identified = TestData.Today.AddDays(-5);
        var ready = TestData.Today.AddDays(2);

        Assert.Equal(ready.AddDays(3), Initiate(TestData.Initiative(identified, ready)).NextDueOn);
    }

    [Fact]
    public void R_INIT_1_Initiator_and_initiating_unit_are_recorded_and_answer_for_the_case()
    {
        var person = TestData.Adult();
        var id = Guid.NewGuid();

        var c = SipCase.Initiate(id, person, TestData.Initiative(), TestData.RegionNurse, TestData.Now);

        Assert.Equal(id, c.Id);
        Assert.Equal(person.Id, c.IndividualId);
        Assert.Equal(CasePhase.Initiated, c.Phase);
        Assert.Equal(TestData.RegionNurse, c.Initiator);
        Assert.Equal(TestData.RegionUnitId, c.InitiatingUnitId);
        Assert.Equal(TestData.RegionUnitId, c.ResponsibleUnitId);
        Assert.Equal([new CaseUnit(TestData.RegionUnitId, CaseUnitRole.Initiating)], c.Units);
        Assert.True(c.Involves(TestData.RegionUnitId));
        Assert.False(c.Involves(TestData.KommunUnitId));
        Assert.Equal(TestData.Now, c.CreatedAt);
        Assert.True(c.IsOpen);
        Assert.Null(c.Consent);
        Assert.Null(c.Coordinator);
        Assert.Null(c.Closure);
        Assert.Empty(c.Plans);
    }

    [Fact]
    public void R_INIT_2_Reason_is_kept_trimmed_with_the_other_initiative_facts()
    {
        var initiative = TestData.Initiative();

        var c = Initiate(initiative);

        Assert.Equal(initiative.Reason.Trim(), c.Initiative.Reason);
        Assert.Equal(initiative.NeedIdentifiedOn, c.Initiative.NeedIdentifiedOn);
        Assert.Equal("Syster Lisa", c.Initiative.NoticedBy);
    }

    [Fact]
    public void Initiating_records_one_history_event()
    {
        var c = Initiate(TestData.Initiative());

        var e = Assert.Single(c.History);
        Assert.Equal(new CaseEvent(TestData.Now, CaseEventKind.Initiated, "Rita Region", TestData.RegionUnitId) { Position = 1 }, e);
    }
}
