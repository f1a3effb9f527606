using Samplan.Domain.Cases;
using Samplan.Domain.Common;

namespace Samplan.Domain.Access;

/// <summary>
/// Who may do what to a case they see (docs/security.md "Who may do what"). Seeing a case is
/// decided elsewhere (<see cref="SipCase.IsVisibleTo"/>); this table decides each operation by the
/// acting unit's relations to the case, and says why when it refuses.
/// </summary>
public static class CaseAccess
{
    public const string Rule = "ACCESS";

    private const CaseRelation Participating =
        CaseRelation.Responsible | CaseRelation.Coordinating | CaseRelation.Initiating
        | CaseRelation.InvitedHuvudman | CaseRelation.InvitedOtherActor | CaseRelation.ActivityResponsible
        | CaseRelation.Participant;

    private static readonly RuleViolation NotParticipating = new(Rule, "access.not-participating");
    private static readonly RuleViolation ConvenerOnly = new(Rule, "access.convener-only");
    private static readonly RuleViolation AgreeConvenerOnly = new("R-PLAN-10", "access.agree-convener-only");
    private static readonly RuleViolation CoordinatorOnly = new(Rule, "access.coordinator-only");
    private static readonly RuleViolation CloseCoordinatorOnly = new("R-END-2", "access.close-coordinator-only");
    private static readonly RuleViolation HuvudmanOnly = new(Rule, "access.huvudman-only");
    private static readonly RuleViolation InviteeOnly = new(Rule, "access.invitee-only");

    /// <summary>Null when the relations allow the operation; otherwise why not.</summary>
    public static RuleViolation? Allows(CaseOperation operation, CaseRelation relations) => operation switch
    {
        // Every participating unit reads the case and contributes to the draft plan.
        CaseOperation.Read or CaseOperation.EditPlanDraft => Any(relations, Participating, NotParticipating),

        // Every participating unit writes to the others; only the responsible unit sends the
        // initiative and reaches units not yet in the case (CaseMessage.Send says why).
        CaseOperation.SendMessage => Any(relations, Participating, NotParticipating),

        // Any unit taking part may report what went wrong between the parties (R-DEV-1); the
        // prompt offers it to the convener, who sees who did not answer or come.
        CaseOperation.ReportDeviation => Any(relations, Participating, NotParticipating),

        // The convener (the responsible unit) prepares with the individual, invites, records the
        // meeting and agrees the plan with the individual (R-PLAN-10).
        CaseOperation.RecordConsent or CaseOperation.SendInvitation or CaseOperation.VoidInvitation or CaseOperation.RecordMeeting
            or CaseOperation.HandOver
            => Any(relations, CaseRelation.Responsible, ConvenerOnly),
        CaseOperation.AgreePlan => Any(relations, CaseRelation.Responsible, AgreeConvenerOnly),

        // Huvudman units work on the preparation and may record what the individual told them:
        // a withdrawn consent, protected personal data. Other actors may not.
        CaseOperation.EditPreparation or CaseOperation.RecordConsentWithdrawal or CaseOperation.MarkProtectedIdentity
            => Any(relations, CaseRelation.Responsible | CaseRelation.Huvudman, HuvudmanOnly),

        // The convener and the coordinator hand out the agreed plan and keep the record of it (R-DOC-2, R-COORD-1).
        CaseOperation.RecordPlanCopy => Any(relations, CaseRelation.Responsible | CaseRelation.Coordinating, CoordinatorOnly),

        CaseOperation.AnswerInvitation => Any(relations, CaseRelation.InvitedHuvudman | CaseRelation.InvitedOtherActor, InviteeOnly),

        // The coordinator calls and records the follow-up and hands the coordination over; only
        // the coordinator closes an ongoing SIP (R-END-2).
        CaseOperation.RecordFollowUp or CaseOperation.ChangeCoordinator => Any(relations, CaseRelation.Coordinating, CoordinatorOnly),
        CaseOperation.Close => Any(relations, CaseRelation.Coordinating, CloseCoordinatorOnly),

        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "An operation without a rule."),
    };

    public static bool IsAllowed(CaseOperation operation, CaseRelation relations) => Allows(operation, relations) is null;

    /// <summary>The operation behind a step the case page offers.</summary>
    public static CaseOperation For(CaseAction action) => action switch
    {
        CaseAction.RecordConsent => CaseOperation.RecordConsent,
        CaseAction.EditPreparation => CaseOperation.EditPreparation,
        CaseAction.SendInvitation => CaseOperation.SendInvitation,
        CaseAction.RecordMeeting => CaseOperation.RecordMeeting,
        CaseAction.EditPlan => CaseOperation.EditPlanDraft,
        CaseAction.AgreePlan => CaseOperation.AgreePlan,
        CaseAction.RecordFollowUp => CaseOperation.RecordFollowUp,
        CaseAction.WithdrawConsent => CaseOperation.RecordConsentWithdrawal,
        CaseAction.Close => CaseOperation.Close,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "A step without an operation."),
    };

    private static RuleViolation? Any(CaseRelation relations, CaseRelation allowed, RuleViolation refusal) =>
        (relations & allowed) != 0 ? null : refusal;
}
