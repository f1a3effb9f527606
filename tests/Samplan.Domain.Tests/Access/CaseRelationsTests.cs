using Samplan.Domain.Access;
using Samplan.Domain.Cases;
using Samplan.Domain.Directory;
using Samplan.Domain.Tests.Support;
using static Samplan.Domain.Access.CaseRelation;

namespace Samplan.Domain.Tests.Access;

/// <summary>The relations come from the case's units and roles and the acting unit's kind.</summary>
public class CaseRelationsTests
{
    [Fact]
    public void Access_The_initiator_answers_for_the_case_until_a_coordinator_is_named()
    {
        var c = CaseBuilder.InPhase(CasePhase.Invited).Case;

        Assert.Equal(Responsible | Coordinating | Initiating | Huvudman, CaseRelations.Of(c, TestData.RegionUnitId, UnitKind.HealthCare));
        Assert.Equal(InvitedHuvudman | Huvudman, CaseRelations.Of(c, TestData.KommunUnitId, UnitKind.SocialServices));
    }

    [Fact]
    public void Access_The_agreed_coordinator_takes_over_and_the_initiator_stays_a_participant()
    {
        var c = CaseBuilder.Active().Case;

        var coordinator = CaseRelations.Of(c, TestData.KommunUnitId, UnitKind.SocialServices);
        var initiator = CaseRelations.Of(c, TestData.RegionUnitId, UnitKind.HealthCare);

        Assert.True(coordinator.HasFlag(Responsible | Coordinating), coordinator.ToString());
        Assert.False(initiator.HasFlag(Responsible), initiator.ToString());
        Assert.False(initiator.HasFlag(Coordinating), initiator.ToString());
        Assert.True(initiator.HasFlag(Initiating | Huvudman), initiator.ToString());
    }

    [Theory]
    [InlineData(UnitKind.School)]
    [InlineData(UnitKind.OtherActor)]
    public void Access_An_invited_school_or_other_actor_is_no_huvudman(UnitKind kind)
    {
        var c = CaseBuilder.Initiated().Consented().Prepared()
            .Invited(TestData.Invitation(invitees: [TestData.UnitInvitee(TestData.OtherUnitId, "Försäkringskassan")])).Case;

        Assert.Equal(InvitedOtherActor, CaseRelations.Of(c, TestData.OtherUnitId, kind));
    }

    [Fact]
    public void Access_A_huvudman_unit_outside_the_case_has_no_relation()
    {
        var c = CaseBuilder.Active().Case;

        Assert.Equal(CaseRelation.None, CaseRelations.Of(c, TestData.OtherUnitId, UnitKind.HealthCare));
    }
}
