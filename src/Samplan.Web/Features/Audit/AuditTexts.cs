using System.Globalization;
using Samplan.Web.Auditing;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Audit;

/// <summary>Readable names for the audit log's stable codes and outcomes, in the user's language.</summary>
public static class AuditTexts
{
    public static string Of(AuditAction action) => action switch
    {
        AuditAction.SignInSucceeded => T("Inloggning", "Signed in"),
        AuditAction.SignInFailed => T("Misslyckad inloggning", "Failed sign-in"),
        AuditAction.SignedOut => T("Utloggning", "Signed out"),
        AuditAction.UnitSwitched => T("Bytte enhet", "Switched unit"),
        AuditAction.LockedOut => T("Kontot låstes", "Account locked"),
        AuditAction.TwoFactorFailed => T("Misslyckad tvåfaktorskontroll", "Two-factor check failed"),
        AuditAction.TwoFactorEnrolled => T("Tvåfaktorsinloggning aktiverad", "Two-factor sign-in enrolled"),
        AuditAction.RateLimited => T("För många försök", "Rate limited"),
        AuditAction.CaseListViewed => T("Ärendelistan visad", "Case list viewed"),
        AuditAction.PersonShown => T("Visad i lista eller sökresultat", "Shown in a list or search result"),
        AuditAction.InboxViewed => T("Inkorgen visad", "Inbox viewed"),
        AuditAction.NoticesViewed => T("E-postaviseringar visade", "Notices by e-mail viewed"),
        AuditAction.MessageRead => T("Meddelande läst", "Message read"),
        AuditAction.InitiativeSent => T("Initiativ skickat", "Initiative sent"),
        AuditAction.MessageSent => T("Meddelande skickat", "Message sent"),
        AuditAction.MessageAcknowledged => T("Meddelande kvitterat", "Message acknowledged"),
        AuditAction.InvitationAnswered => T("Kallelse besvarad", "Invitation answered"),
        AuditAction.InvitationMoved => T("Möte flyttat", "Meeting moved"),
        AuditAction.InvitationVoided => T("Kallelse makulerad", "Invitation voided"),
        AuditAction.DeviationReported => T("Avvikelse rapporterad", "Deviation reported"),
        AuditAction.PlanCopyRecorded => T("Utlämnad plan registrerad", "Plan copy recorded"),
        AuditAction.CaseHandedOver => T("SIP överlämnad till annan enhet", "SIP handed over to another unit"),
        AuditAction.CaseViewed => T("SIP öppnad", "SIP opened"),
        AuditAction.CaseFormOpened => T("Formulär i SIP öppnat", "SIP form opened"),
        AuditAction.PlanPrinted => T("Plan utskriven", "Plan printed"),
        AuditAction.PlanExported => T("Plan exporterad", "Plan exported"),
        AuditAction.CaseCreated => T("SIP startad", "SIP started"),
        AuditAction.ConsentRecorded => T("Samtycke registrerat", "Consent recorded"),
        AuditAction.ConsentWithdrawn => T("Återkallat samtycke registrerat", "Consent withdrawal recorded"),
        AuditAction.PreparationSaved => T("Förberedelse sparad", "Preparation saved"),
        AuditAction.OwnPreparationSaved => T("Egen förberedelse sparad", "Own preparation saved"),
        AuditAction.InvitationSent => T("Kallelse skickad", "Invitation sent"),
        AuditAction.MeetingRecorded => T("Möte dokumenterat", "Meeting recorded"),
        AuditAction.PlanSaved => T("Planutkast sparat", "Plan draft saved"),
        AuditAction.PlanAgreed => T("Plan fastställd", "Plan agreed"),
        AuditAction.FollowUpRecorded => T("Uppföljning dokumenterad", "Follow-up recorded"),
        AuditAction.CaseClosed => T("SIP avslutad", "SIP closed"),
        AuditAction.ProtectedIdentityMarked => T("Skyddade personuppgifter – manuell hantering", "Protected identity – manual handling"),
        AuditAction.ProtectedIdentityLifted => T("Markering om skyddade personuppgifter hävd", "Protected identity mark lifted"),
        AuditAction.CaseChanged => T("Ändring i SIP (avvisad eller krock)", "SIP change (refused or conflict)"),
        AuditAction.AccessRefused => T("Åtkomst nekad", "Access refused"),
        AuditAction.ProtectedIdentityRefused => T("Digital hantering nekad (skyddade personuppgifter)", "Digital handling refused (protected identity)"),
        AuditAction.AuditSearched => T("Logggranskning: sökning", "Log review: search"),
        AuditAction.AuditExtractForPerson => T("Loggutdrag för person", "Log extract for a person"),
        AuditAction.AuditReviewRecorded => T("Logggranskning dokumenterad", "Log review recorded"),
        AuditAction.AuditChainVerified => T("Loggkedjan kontrollerad", "Log chain verified"),
        AuditAction.StaffChanged => T("Personal ändrad", "Staff changed"),
        AuditAction.UnitsImported => T("Enheter importerade", "Units imported"),
        AuditAction.NoticeAddressChanged => T("Enhetens aviseringsadress ändrad", "Unit notice address changed"),
        AuditAction.NoticeChoicesChanged => T("Egna aviseringsval ändrade", "Own notice choices changed"),
        AuditAction.NoticeRetried => T("Avisering skickas igen", "Notice sent again"),
    };

    /// <summary>A stored code; one this version does not know is shown as its number.</summary>
    public static string CodeName(int code) =>
        Enum.IsDefined(typeof(AuditAction), code) ? Of((AuditAction)code) : T("Okänd händelse", "Unknown event");

    public static string CodeLabel(int code) => $"{code.ToString(CultureInfo.InvariantCulture)} {CodeName(code)}";

    public static IReadOnlyList<string> Outcomes { get; } = [AuditOutcome.Success, AuditOutcome.Refused, AuditOutcome.Denied, AuditOutcome.Conflict];

    public static string OutcomeName(string? outcome) => outcome switch
    {
        AuditOutcome.Success => T("Genomförd", "Succeeded"),
        AuditOutcome.Refused => T("Avvisad", "Refused"),
        AuditOutcome.Denied => T("Nekad", "Denied"),
        AuditOutcome.Conflict => T("Krock – inget sparat", "Conflict – nothing saved"),
        _ => outcome ?? "–",
    };

    public static string Of(AuditProblemKind kind) => kind switch
    {
        AuditProblemKind.Edited => T("Ändrad post", "Edited entry"),
        AuditProblemKind.Deleted => T("Borttagna poster", "Deleted entries"),
        AuditProblemKind.LinkBroken => T("Bruten länk", "Broken link"),
        AuditProblemKind.HeadMismatch => T("Kedjans slut stämmer inte", "The end of the chain does not match"),
    };

    public static string Explanation(AuditProblemKind kind) => kind switch
    {
        AuditProblemKind.Edited => T("Postens innehåll stämmer inte med dess kontrollsumma: den har ändrats efter att den skrevs.", "The entry's content does not match its checksum: it was changed after it was written."),
        AuditProblemKind.Deleted => T("Poster saknas i följden: de har tagits bort.", "Entries are missing from the sequence: they were deleted."),
        AuditProblemKind.LinkBroken => T("Posten pekar inte på föregående posts kontrollsumma.", "The entry does not point to the previous entry's checksum."),
        AuditProblemKind.HeadMismatch => T("Den sparade slutpunkten för kedjan stämmer inte med den sista posten.", "The stored end of the chain does not match the last entry."),
    };

    public static string Positions(long from, long to) =>
        from == to
            ? T($"nr {from}", $"no. {from}")
            : T($"nr {from}–{to}", $"nos. {from}–{to}");
}
