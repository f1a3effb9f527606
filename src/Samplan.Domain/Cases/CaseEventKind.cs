namespace Samplan.Domain.Cases;

public enum CaseEventKind
{
    Initiated,
    ConsentRecorded,
    ConsentWithdrawn,
    PreparationSaved,
    InvitationSent,
    MeetingRecorded,
    PlanSaved,
    PlanAgreed,
    FollowUpRecorded,
    Closed,
    SwitchedToManualHandling,
    ProtectedIdentityLifted,
    OwnPreparationSaved,
    InitiativeSent,
    MessageSent,
    HandedOver,
    InvitationMoved,
    InvitationVoided,
}
