using Samplan.Domain.Cases;
using Samplan.Domain.Distribution;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Distribution;

/// <summary>R-DOC-2: the individual and everyone who took part get the plan; each copy is recorded.</summary>
public class PlanCopyTests
{
    private static readonly DateOnly AgreedOn = TestData.Today;

    [Fact]
    public void R_DOC_2_The_individual_and_everyone_present_at_the_meeting_are_to_get_the_plan_each_once()
    {
        var meeting = TestData.Meeting(participants:
        [
            TestData.Present("Tolvan Tolvansson"),
            TestData.Present("Rita Region", TestData.RegionUnitId),
            TestData.Present("Rolf Region", TestData.RegionUnitId),
            TestData.Present("Syster Lisa"),
            TestData.Absent("Karin Kommun", TestData.KommunUnitId),
        ]);

        var recipients = PlanRecipient.For(meeting, "Tolvan Tolvansson", id => id == TestData.RegionUnitId ? "Vårdcentralen" : "?");

        Assert.Equal(["Tolvan Tolvansson", "Vårdcentralen", "Syster Lisa"], recipients.Select(r => r.Name));
        Assert.True(recipients[0].IsIndividual);
        Assert.Equal(TestData.RegionUnitId, recipients[1].UnitId);
        Assert.Equal([PlanRecipient.IndividualKey], PlanRecipient.For(null, "Tolvan Tolvansson", _ => "?").Select(r => r.Key));
    }

    [Fact]
    public void R_DOC_2_A_copy_needs_a_day_neither_before_the_agreement_nor_in_the_future()
    {
        var individual = new PlanRecipient(PlanRecipient.IndividualKey, "Tolvan Tolvansson", null, true);
        PlanCopy Record(DateOnly? on) => PlanCopy.Record(Guid.NewGuid(), Guid.NewGuid(), 1, AgreedOn, individual, PlanCopyMethod.Post, on, TestData.RegionNurse, TestData.Now, TestData.Today);

        Assert.Equal("plan-copy.date-missing", Assert.Single(Assert.Throws<Common.DomainRuleException>(() => Record(null)).Violations).Code);
        Assert.Equal("plan-copy.before-agreement", Assert.Single(Assert.Throws<Common.DomainRuleException>(() => Record(AgreedOn.AddDays(-1))).Violations).Code);
        Assert.Equal("plan-copy.date-in-future", Assert.Single(Assert.Throws<Common.DomainRuleException>(() => Record(TestData.Today.AddDays(1))).Violations).Code);

        var copy = Record(TestData.Today);
        Assert.Equal((PlanRecipient.IndividualKey, PlanCopyMethod.Post, TestData.RegionUnitId), (copy.RecipientKey, copy.Method, copy.RecordedByUnitId));
    }
}
