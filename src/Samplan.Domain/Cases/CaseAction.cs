namespace Samplan.Domain.Cases;

/// <summary>The steps a case page can offer; <see cref="SipCase.AvailableActions"/> says which apply now.</summary>
public enum CaseAction
{
    RecordConsent,
    EditPreparation,
    SendInvitation,
    RecordMeeting,
    EditPlan,
    AgreePlan,
    RecordFollowUp,
    WithdrawConsent,
    Close,
}
