using Samplan.Domain.Cases;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Cases;

public static class CaseLinks
{
    public static string For(CaseAction action, Guid caseId) => action switch
    {
        CaseAction.RecordConsent => $"/cases/{caseId}/consent",
        CaseAction.EditPreparation => $"/cases/{caseId}/preparation",
        CaseAction.SendInvitation => $"/cases/{caseId}/invitation",
        CaseAction.RecordMeeting => $"/cases/{caseId}/meeting",
        CaseAction.EditPlan => $"/cases/{caseId}/plan",
        CaseAction.AgreePlan => $"/cases/{caseId}/plan/agree",
        CaseAction.RecordFollowUp => $"/cases/{caseId}/follow-up",
        CaseAction.WithdrawConsent => $"/cases/{caseId}/consent/withdraw",
        CaseAction.Close => $"/cases/{caseId}/close",
    };

    /// <summary>What the phase means for the people working on the case, and what comes next.</summary>
    public static string Guidance(CasePhase phase) => phase switch
    {
        CasePhase.Initiated => T("Initiativet är taget. Inget om möte eller plan får delas förrän den enskildes samtycke är registrerat.", "The initiative is taken. Nothing about a meeting or plan may be shared until the individual's consent is recorded."),
        CasePhase.Preparing => T("Samtycke finns. Förbered mötet tillsammans med den enskilde: syfte, mål, hur hen vill delta. Skicka sedan kallelsen.", "Consent is in place. Prepare the meeting with the individual: purpose, goal, how they want to take part. Then send the invitation."),
        CasePhase.Invited => T("Kallelsen är skickad. Efter mötet dokumenterar ni vilka som deltog och vem som var ordförande och sekreterare.", "The invitation is sent. After the meeting, record who took part and who chaired and took minutes."),
        CasePhase.PlanDraft => T("Mötet är hållet. Skriv planen med den enskildes mål, behov, aktiviteter och samordnare, och fastställ den när den enskilde godkänt den.", "The meeting is held. Write the plan with the individual's goals, needs, activities and coordinator, and agree it once the individual has approved it."),
        CasePhase.Active => T("Planen gäller. Varje part gör sina aktiviteter; samordnaren kallar till uppföljning på bokat datum.", "The plan is in force. Each party carries out its activities; the coordinator calls the follow-up on the booked date."),
        CasePhase.Closed => T("SIP:en är avslutad. Den finns kvar att läsa.", "The SIP is closed. It remains available to read."),
        CasePhase.ManualHandling => T("Personen har skyddade personuppgifter. SIP:en hanteras bara manuellt på papper.", "The person has protected personal data. The SIP is handled only manually on paper."),
    };
}
