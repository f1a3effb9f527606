namespace Samplan.Domain.Access;

/// <summary>What a unit may try to do to a case it sees; <see cref="CaseAccess.Allows"/> decides.</summary>
public enum CaseOperation
{
    Read,
    RecordConsent,
    EditPreparation,
    SendInvitation,
    VoidInvitation,
    AnswerInvitation,
    RecordMeeting,
    EditPlanDraft,
    AgreePlan,
    RecordFollowUp,
    RecordConsentWithdrawal,
    MarkProtectedIdentity,
    ChangeCoordinator,
    Close,
    SendMessage,
    HandOver,
    ReportDeviation,
    RecordPlanCopy,
}
