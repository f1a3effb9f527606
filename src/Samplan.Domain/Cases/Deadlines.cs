namespace Samplan.Domain.Cases;

/// <summary>The time limits the process sets. Each is a deadline the case list shows.</summary>
public static class Deadlines
{
    /// <summary>R-INIT-4: first contact between the huvudmän within a few days of the need; a region
    /// sets its own number (Samplan:FirstContactDays), kept with each case's initiative.</summary>
    public const int DefaultFirstContactDays = 3;

    /// <summary>The most days a region may allow before first contact: "a few days" is not a month.</summary>
    public const int MaxFirstContactDays = 14;

    /// <summary>R-INIT-5: invitation no later than three days after the patient is utskrivningsklar.</summary>
    public const int DischargeInvitationDays = 3;

    /// <summary>Our choice: a drafted plan should be agreed within a week of the meeting.</summary>
    public const int PlanAgreementDays = 7;

    /// <summary>Our choice: a message asked to be acknowledged should be within three days.</summary>
    public const int AcknowledgementDays = 3;

    public static DateOnly FirstStepDue(Initiative initiative) =>
        initiative.DischargeReadyOn is { } ready
            ? ready.AddDays(DischargeInvitationDays)
            : initiative.NeedIdentifiedOn.AddDays(initiative.FirstContactDays);

    /// <summary>What <paramref name="nextDue"/> is for in <paramref name="phase"/>. Before the meeting
    /// the date is the invitation's when it is the discharge deadline (R-INIT-5), else first contact
    /// (R-INIT-4, also the revision after a follow-up). Takes only what the case list has at hand.</summary>
    public static DueKind? KindOf(CasePhase phase, Initiative initiative, DateOnly? nextDue)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        if (nextDue is null)
        {
            return null;
        }

        return phase switch
        {
            CasePhase.Initiated or CasePhase.Preparing =>
                initiative.DischargeReadyOn is not null && nextDue == FirstStepDue(initiative) ? DueKind.Invitation : DueKind.FirstContact,
            CasePhase.Invited => DueKind.Meeting,
            CasePhase.PlanDraft => DueKind.PlanAgreement,
            CasePhase.Active => DueKind.FollowUp,
            CasePhase.Closed or CasePhase.ManualHandling => null,
        };
    }
}
