namespace Samplan.Domain.Notices;

/// <summary>What a notice by e-mail tells a unit is waiting for it in Samplan. The kind is all a
/// notice says: never who, never what the case is about.</summary>
public enum NoticeKind
{
    /// <summary>A message has arrived that the unit is asked to acknowledge (R-INIT-3).</summary>
    MessageToAcknowledge,

    /// <summary>The unit is invited to a SIP meeting (R-CALL-4).</summary>
    Invitation,

    /// <summary>A meeting the unit is invited to was moved or cancelled (R-CALL-9).</summary>
    InvitationChanged,

    /// <summary>A message asked to be acknowledged is still not, days later.</summary>
    AcknowledgementReminder,

    /// <summary>An invitation is still not answered, days later.</summary>
    InvitationReminder,

    /// <summary>A plan's follow-up is due soon (R-PLAN-8).</summary>
    FollowUpDue,

    /// <summary>The consent a SIP rests on ends soon (R-CONSENT-8).</summary>
    ConsentExpiring,
}
