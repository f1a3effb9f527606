namespace Samplan.Domain.Messages;

/// <summary>What a message between the parties of a case is.</summary>
public enum MessageKind
{
    /// <summary>The initiative to a SIP, sent by the responsible unit to the prospective
    /// participants (R-INIT-3).</summary>
    Initiative,

    /// <summary>The inpatient unit's notice that the patient is ready for discharge
    /// (utskrivningsklar): the law lets it name the person without consent (R-DISCH-1), and it starts
    /// the three days within which the fast vårdkontakt sends the invitation (R-INIT-5).</summary>
    DischargeReady,

    /// <summary>Any later message between the units of the case.</summary>
    Note,

    /// <summary>A kallelse to the recipient's unit, to be answered on the SIP's answer page (R-CALL-4).</summary>
    Invitation,

    /// <summary>The recipient's kallelse was moved or voided (R-CALL-9).</summary>
    InvitationChanged,

    /// <summary>The case and its responsibility were handed to the recipient (R-CASE-2).</summary>
    HandedOver,

    /// <summary>The SIP closed, lost its consent or went to manual handling: every unit that took
    /// part is told, so the case never silently leaves its list (R-CASE-4).</summary>
    CaseEnded,
}
