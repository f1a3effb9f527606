using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.Directory;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

/// <summary>R-PROT-2: who may mark protected identity and that the mark says who, when and why;
/// R-PROT-3: a mistaken mark is lifted with a reason by whom it concerns, and the cases return.</summary>
public class ProtectionMarkTests
{
    private static readonly Guid RegionOrg = new("1a000000-0000-0000-0000-0000000000a1");
    private static readonly Guid KommunOrg = new("1a000000-0000-0000-0000-0000000000a2");

    [Theory]
    [InlineData(UnitKind.School)]
    [InlineData(UnitKind.OtherActor)]
    [InlineData(UnitKind.StaffOffice)]
    public void R_PROT_2_Only_a_huvudman_unit_may_mark_protected_identity(UnitKind kind)
    {
        var b = CaseBuilder.InPhase(CasePhase.Preparing);

        Refusal.Exactly(b.Case, () => SipCase.MarkProtectedIdentity(b.Individual, b.Case, [], TestData.Marking(TestData.RegionNurse, kind), TestData.Now), "protection.not-huvudman");
        Assert.False(b.Individual.HasProtectedIdentity);
    }

    [Fact]
    public void R_PROT_2_A_mark_needs_a_reason_and_a_unit_taking_part()
    {
        var b = CaseBuilder.InPhase(CasePhase.Preparing);

        Refusal.Exactly(b.Case, () => SipCase.MarkProtectedIdentity(b.Individual, b.Case, [], TestData.Marking(TestData.OtherStaff, reason: "  "), TestData.Now), "protection.unit-not-in-case", "protection.reason-missing");
    }

    [Fact]
    public void R_PROT_2_The_mark_records_who_when_why_and_the_phase_before_on_every_open_case()
    {
        var b = CaseBuilder.InPhase(CasePhase.Invited);
        var other = CaseBuilder.Initiated(b.Individual);
        var closed = CaseBuilder.Initiated(b.Individual).Closed();

        SipCase.MarkProtectedIdentity(b.Individual, b.Case, [other.Case, closed.Case], TestData.Marking(TestData.RegionNurse), TestData.Now);

        Assert.True(b.Individual.HasProtectedIdentity);
        Assert.Equal(CasePhase.ManualHandling, b.Case.Phase);
        Assert.Equal(CasePhase.ManualHandling, other.Case.Phase);
        Assert.Equal(CasePhase.Closed, closed.Case.Phase);
        Assert.Null(closed.Case.Protection);
        var mark = Assert.IsType<ProtectionMark>(b.Case.Protection);
        Assert.Equal((TestData.RegionNurse, TestData.Now, "Besked från Skatteverket om skyddad folkbokföring.", CasePhase.Invited, true), (mark.MarkedBy, mark.MarkedAt, mark.Reason, mark.PhaseBefore, mark.SharedBefore));
        Assert.Equal(CasePhase.Initiated, other.Case.Protection!.PhaseBefore);
    }

    [Fact]
    public void R_PROT_3_Lifting_with_a_reason_by_the_responsible_unit_restores_every_marked_case()
    {
        var b = CaseBuilder.InPhase(CasePhase.Invited);
        var other = CaseBuilder.Initiated(b.Individual);
        var dueBefore = b.Case.NextDueOn;
        SipCase.MarkProtectedIdentity(b.Individual, b.Case, [other.Case], TestData.Marking(TestData.RegionNurse), TestData.Now);

        SipCase.LiftProtectedIdentity(b.Individual, [new(b.Case, RegionOrg), new(other.Case, KommunOrg)], Lifting(TestData.StaffOf(b.Case.ResponsibleUnitId)), TestData.Now.AddHours(1));

        Assert.False(b.Individual.HasProtectedIdentity);
        Assert.Equal(CasePhase.Invited, b.Case.Phase);
        Assert.True(b.Case.IsSharedWithParticipants);
        Assert.Equal(dueBefore, b.Case.NextDueOn);
        Assert.Equal(CasePhase.Initiated, other.Case.Phase);
        Assert.False(b.Case.Protection!.IsActive);
        Assert.Equal("Fel person markerades.", b.Case.Protection.LiftReason);
        Assert.Equal(CaseEventKind.ProtectedIdentityLifted, other.Case.History[^1].Kind);
    }

    [Fact]
    public void R_PROT_3_An_administrator_of_an_affected_organisation_may_lift()
    {
        var b = CaseBuilder.InPhase(CasePhase.Preparing);
        SipCase.MarkProtectedIdentity(b.Individual, b.Case, [], TestData.Marking(TestData.RegionNurse), TestData.Now);

        SipCase.LiftProtectedIdentity(b.Individual, [new(b.Case, KommunOrg)], new ProtectionLifting(TestData.OtherStaff, "Kansliet", KommunOrg, "Fel person."), TestData.Now);

        Assert.Equal(CasePhase.Preparing, b.Case.Phase);
    }

    [Fact]
    public void R_PROT_3_A_lift_without_reason_or_by_another_unit_is_refused()
    {
        var b = CaseBuilder.InPhase(CasePhase.Preparing);
        SipCase.MarkProtectedIdentity(b.Individual, b.Case, [], TestData.Marking(TestData.RegionNurse), TestData.Now);
        MarkedCase[] cases = [new(b.Case, RegionOrg)];

        Refusal.Exactly(b.Case, () => SipCase.LiftProtectedIdentity(b.Individual, cases, Lifting(TestData.RegionNurse, " "), TestData.Now), "protection.lift-reason-missing");
        Refusal.Exactly(b.Case, () => SipCase.LiftProtectedIdentity(b.Individual, cases, new ProtectionLifting(TestData.OtherStaff, "Annan", KommunOrg, "Fel."), TestData.Now), "protection.lift-not-allowed");
        Assert.True(b.Individual.HasProtectedIdentity);
        Assert.Equal(CasePhase.ManualHandling, b.Case.Phase);
    }

    [Fact]
    public void R_PROT_3_There_is_nothing_to_lift_without_a_mark()
    {
        var b = CaseBuilder.InPhase(CasePhase.Preparing);

        Refusal.Exactly(b.Case, () => SipCase.LiftProtectedIdentity(b.Individual, [new(b.Case, RegionOrg)], Lifting(TestData.RegionNurse), TestData.Now), "protection.none-to-lift");
    }

    private static ProtectionLifting Lifting(StaffRef by, string reason = "Fel person markerades.") => new(by, "Enhet", null, reason);
}
