using Samplan.Domain.Access;
using Samplan.Domain.Cases;
using static Samplan.Domain.Access.CaseOperation;
using static Samplan.Domain.Access.CaseRelation;

namespace Samplan.Domain.Tests.Access;

/// <summary>
/// docs/security.md "Who may do what", cell by cell: each operation for each kind of actor, as the
/// relations <see cref="CaseRelations"/> gives them, is allowed (null) or refused with its code.
/// </summary>
public class CaseAccessMatrixTests
{
    /// <summary>The responsible unit before a coordinator is named: it initiated the case.</summary>
    private const CaseRelation Convener = Responsible | Coordinating | Initiating | Huvudman;

    /// <summary>The coordinator's unit after the plan is agreed, when it was an invited unit.</summary>
    private const CaseRelation Coordinator = Responsible | Coordinating | InvitedHuvudman | Huvudman;

    /// <summary>The initiating unit once the coordination went to another unit.</summary>
    private const CaseRelation FormerInitiator = Initiating | ActivityResponsible | Huvudman;

    private const CaseRelation InvitedUnit = InvitedHuvudman | Huvudman;

    private const CaseRelation OtherActor = InvitedOtherActor;

    private const CaseRelation OtherActorWithActivity = InvitedOtherActor | ActivityResponsible;

    private const string Ok = "";
    private const string NotIn = "access.not-participating";
    private const string Convenes = "access.convener-only";
    private const string AgreeConvenes = "access.agree-convener-only";
    private const string Coordinates = "access.coordinator-only";
    private const string CloseCoordinates = "access.close-coordinator-only";
    private const string Huvudmen = "access.huvudman-only";
    private const string Invitees = "access.invitee-only";

    /// <summary>operation, then the cell for: convener, coordinator, former initiator, invited
    /// huvudman unit, invited other actor, other actor with an activity, a unit without relation.</summary>
    public static TheoryData<CaseOperation, string, string, string, string, string, string, string> Matrix => new()
    {
        // operation               convener  coordinator  former init.  invited unit  other actor  other+activity  none
        { Read,                    Ok,       Ok,          Ok,           Ok,           Ok,          Ok,             NotIn },
        { RecordConsent,           Ok,       Ok,          Convenes,     Convenes,     Convenes,    Convenes,       Convenes },
        { EditPreparation,         Ok,       Ok,          Ok,           Ok,           Huvudmen,    Huvudmen,       Huvudmen },
        { SendInvitation,          Ok,       Ok,          Convenes,     Convenes,     Convenes,    Convenes,       Convenes },
        { VoidInvitation,          Ok,       Ok,          Convenes,     Convenes,     Convenes,    Convenes,       Convenes },
        { AnswerInvitation,        Invitees, Ok,          Invitees,     Ok,           Ok,          Ok,             Invitees },
        { RecordMeeting,           Ok,       Ok,          Convenes,     Convenes,     Convenes,    Convenes,       Convenes },
        { EditPlanDraft,           Ok,       Ok,          Ok,           Ok,           Ok,          Ok,             NotIn },
        { AgreePlan,               Ok,       Ok,          AgreeConvenes, AgreeConvenes, AgreeConvenes, AgreeConvenes, AgreeConvenes },
        { RecordFollowUp,          Ok,       Ok,          Coordinates,  Coordinates,  Coordinates, Coordinates,    Coordinates },
        { RecordConsentWithdrawal, Ok,       Ok,          Ok,           Ok,           Huvudmen,    Huvudmen,       Huvudmen },
        { MarkProtectedIdentity,   Ok,       Ok,          Ok,           Ok,           Huvudmen,    Huvudmen,       Huvudmen },
        { ChangeCoordinator,       Ok,       Ok,          Coordinates,  Coordinates,  Coordinates, Coordinates,    Coordinates },
        { Close,                   Ok,       Ok,          CloseCoordinates, CloseCoordinates, CloseCoordinates, CloseCoordinates, CloseCoordinates },
        { SendMessage,             Ok,       Ok,          Ok,           Ok,           Ok,          Ok,             NotIn },
        { HandOver,                Ok,       Ok,          Convenes,     Convenes,     Convenes,    Convenes,       Convenes },
        { ReportDeviation,         Ok,       Ok,          Ok,           Ok,           Ok,          Ok,             NotIn },
        { RecordPlanCopy,          Ok,       Ok,          Coordinates,  Coordinates,  Coordinates, Coordinates,    Coordinates },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Access_Each_actor_may_do_what_the_matrix_says_and_is_told_why_not(
        CaseOperation operation, string convener, string coordinator, string formerInitiator, string invitedUnit, string otherActor, string otherWithActivity, string none)
    {
        Expect(operation, Convener, convener);
        Expect(operation, Coordinator, coordinator);
        Expect(operation, FormerInitiator, formerInitiator);
        Expect(operation, InvitedUnit, invitedUnit);
        Expect(operation, OtherActor, otherActor);
        Expect(operation, OtherActorWithActivity, otherWithActivity);
        Expect(operation, CaseRelation.None, none);
    }

    [Fact]
    public void Access_Every_operation_has_a_row_in_the_matrix()
    {
        var rows = Matrix.Select(row => (CaseOperation)row[0]).ToHashSet();

        Assert.Equal(Enum.GetValues<CaseOperation>().ToHashSet(), rows);
    }

    [Fact]
    public void Access_Every_step_the_case_page_offers_has_an_operation()
    {
        foreach (var action in Enum.GetValues<CaseAction>())
        {
            Assert.True(Enum.IsDefined(CaseAccess.For(action)));
        }
    }

    [Fact]
    public void Access_Agreeing_the_plan_is_the_conveners_with_the_individual_R_PLAN_10()
    {
        Assert.Equal("R-PLAN-10", CaseAccess.Allows(AgreePlan, InvitedUnit)!.Rule);
    }

    [Fact]
    public void Access_Only_the_coordinator_closes_R_END_2()
    {
        Assert.Equal("R-END-2", CaseAccess.Allows(Close, FormerInitiator)!.Rule);
    }

    [Fact]
    public void Access_A_unit_told_of_the_case_by_a_message_reads_it_and_writes_back_R_INIT_3()
    {
        Assert.Null(CaseAccess.Allows(Read, Participant));
        Assert.Null(CaseAccess.Allows(SendMessage, Participant));
        Assert.Equal(Convenes, CaseAccess.Allows(SendInvitation, Participant)!.Code);
    }

    private static void Expect(CaseOperation operation, CaseRelation relations, string expected)
    {
        var refusal = CaseAccess.Allows(operation, relations);
        Assert.True(expected == (refusal?.Code ?? Ok), $"{operation} for {relations}: expected '{expected}', got '{refusal?.Code}'");
    }
}
