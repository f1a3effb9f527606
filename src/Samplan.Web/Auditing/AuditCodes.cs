using Samplan.Domain.Cases;

namespace Samplan.Web.Auditing;

public static class AuditCodes
{
    /// <summary>The audit code of a saved change is read off the history event it produced.</summary>
    public static AuditAction For(CaseEventKind kind) => kind switch
    {
        CaseEventKind.Initiated => AuditAction.CaseCreated,
        CaseEventKind.ConsentRecorded => AuditAction.ConsentRecorded,
        CaseEventKind.ConsentWithdrawn => AuditAction.ConsentWithdrawn,
        CaseEventKind.PreparationSaved => AuditAction.PreparationSaved,
        CaseEventKind.InvitationSent => AuditAction.InvitationSent,
        CaseEventKind.MeetingRecorded => AuditAction.MeetingRecorded,
        CaseEventKind.PlanSaved => AuditAction.PlanSaved,
        CaseEventKind.PlanAgreed => AuditAction.PlanAgreed,
        CaseEventKind.FollowUpRecorded => AuditAction.FollowUpRecorded,
        CaseEventKind.Closed => AuditAction.CaseClosed,
        CaseEventKind.SwitchedToManualHandling => AuditAction.ProtectedIdentityMarked,
        CaseEventKind.ProtectedIdentityLifted => AuditAction.ProtectedIdentityLifted,
        CaseEventKind.OwnPreparationSaved => AuditAction.OwnPreparationSaved,
        CaseEventKind.InitiativeSent => AuditAction.InitiativeSent,
        CaseEventKind.MessageSent => AuditAction.MessageSent,
        CaseEventKind.HandedOver => AuditAction.CaseHandedOver,
        CaseEventKind.InvitationMoved => AuditAction.InvitationMoved,
        CaseEventKind.InvitationVoided => AuditAction.InvitationVoided,
    };
}
