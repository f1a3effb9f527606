using Samplan.Domain.Calendar;
using Samplan.Domain.Cases;
using Samplan.Domain.Directory;
using Samplan.Domain.People;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Localization;

/// <summary>Names of the domain's states and choices in the user's language.</summary>
public static class EnumText
{
    public static string Of(CasePhase phase) => phase switch
    {
        CasePhase.Initiated => T("Initiativ – väntar på samtycke", "Initiated – awaiting consent"),
        CasePhase.Preparing => T("Förberedelse", "Preparation"),
        CasePhase.Invited => T("Kallad till möte", "Meeting invited"),
        CasePhase.PlanDraft => T("Plan under arbete", "Plan in draft"),
        CasePhase.Active => T("Plan gäller", "Plan in force"),
        CasePhase.Closed => T("Avslutad", "Closed"),
        CasePhase.ManualHandling => T("Manuell hantering (skyddade personuppgifter)", "Manual handling (protected identity)"),
    };

    public static string Of(CaseAction action) => action switch
    {
        CaseAction.RecordConsent => T("Registrera samtycke", "Record consent"),
        CaseAction.EditPreparation => T("Förbered mötet", "Prepare the meeting"),
        CaseAction.SendInvitation => T("Skicka kallelse", "Send invitation"),
        CaseAction.RecordMeeting => T("Dokumentera mötet", "Record the meeting"),
        CaseAction.EditPlan => T("Skriv planen", "Write the plan"),
        CaseAction.AgreePlan => T("Fastställ planen", "Agree the plan"),
        CaseAction.RecordFollowUp => T("Följ upp planen", "Follow up the plan"),
        CaseAction.WithdrawConsent => T("Registrera återkallat samtycke", "Record withdrawn consent"),
        CaseAction.Close => T("Avsluta SIP", "Close the SIP"),
    };

    public static string Of(ConsentKind kind) => kind switch
    {
        ConsentKind.GivenByIndividual => T("Den enskilde har samtyckt", "The individual consented"),
        ConsentKind.GivenByGuardians => T("Vårdnadshavare har samtyckt (barn)", "Guardians consented (child)"),
        ConsentKind.CannotConsent => T("Kan inte lämna samtycke – inställning inhämtad", "Cannot consent – attitude obtained"),
    };

    public static string Of(AttitudeSourceKind kind) => kind switch
    {
        AttitudeSourceKind.Relative => T("Närstående", "Relative"),
        AttitudeSourceKind.GoodMan => T("God man", "Guardian ad litem (god man)"),
        AttitudeSourceKind.Administrator => T("Förvaltare", "Administrator (förvaltare)"),
        AttitudeSourceKind.FutureProxy => T("Fullmaktshavare (framtidsfullmakt)", "Attorney under a lasting power of attorney"),
    };

    public static string Of(ConsentMethod method) => method switch
    {
        ConsentMethod.Oral => T("Muntligt", "Orally"),
        ConsentMethod.Written => T("Skriftligt", "In writing"),
        ConsentMethod.Digital => T("Digitalt", "Digitally"),
    };

    public static string Of(ParticipationMode mode) => mode switch
    {
        ParticipationMode.WholeMeeting => T("Hela mötet", "The whole meeting"),
        ParticipationMode.PartOfMeeting => T("Del av mötet", "Part of the meeting"),
        ParticipationMode.PhoneOrVideo => T("Per telefon eller video", "By phone or video"),
        ParticipationMode.NotAtAll => T("Deltar inte (brev, film eller företrädare)", "Not taking part (letter, film or representative)"),
    };

    public static string Of(MeetingForm form) => form switch
    {
        MeetingForm.InPerson => T("Fysiskt möte", "In person"),
        MeetingForm.Video => T("Videomöte", "Video"),
        MeetingForm.Phone => T("Telefonmöte", "Phone"),
    };

    public static string Of(InviteeKind kind) => kind switch
    {
        InviteeKind.Unit => T("Verksamhet", "Unit"),
        InviteeKind.Relative => T("Närstående", "Relative"),
        InviteeKind.Representative => T("Företrädare", "Representative"),
        InviteeKind.OtherActor => T("Annan aktör (kallas per brev)", "Other actor (invited by letter)"),
    };

    public static string Of(InvitationAnswer answer) => answer switch
    {
        InvitationAnswer.NotAnswered => T("Ej besvarad", "Not answered"),
        InvitationAnswer.Acknowledged => T("Kvitterad", "Acknowledged"),
        InvitationAnswer.Accepted => T("Accepterad", "Accepted"),
        InvitationAnswer.Declined => T("Avböjd", "Declined"),
    };

    public static string Of(NeedDomain domain) => domain switch
    {
        NeedDomain.Psychological => T("Psykiskt", "Psychological"),
        NeedDomain.Physical => T("Fysiskt", "Physical"),
        NeedDomain.Social => T("Socialt", "Social"),
    };

    public static string Of(ResponsibleKind kind) => kind switch
    {
        ResponsibleKind.RegionUnit => T("Regionens verksamhet", "Region unit"),
        ResponsibleKind.KommunUnit => T("Kommunens verksamhet", "Municipal unit"),
        ResponsibleKind.OtherActor => T("Annan aktör", "Other actor"),
        ResponsibleKind.Individual => T("Den enskilde själv", "The individual"),
        ResponsibleKind.Relative => T("Närstående", "Relative"),
    };

    public static string Of(ApprovalMethod method) => method switch
    {
        ApprovalMethod.AtMeeting => T("Godkänd vid mötet", "Approved at the meeting"),
        ApprovalMethod.SignedOnPaper => T("Signerad på papper", "Signed on paper"),
        ApprovalMethod.Digitally => T("Godkänd digitalt", "Approved digitally"),
        ApprovalMethod.ByRepresentative => T("Godkänd av företrädare", "Approved by representative"),
    };

    public static string Of(GoalFulfilment fulfilment) => fulfilment switch
    {
        GoalFulfilment.Met => T("Uppfyllt", "Met"),
        GoalFulfilment.PartlyMet => T("Delvis uppfyllt", "Partly met"),
        GoalFulfilment.NotMet => T("Inte uppfyllt", "Not met"),
    };

    public static string Of(FollowUpOutcome outcome) => outcome switch
    {
        FollowUpOutcome.Continue => T("Planen fortsätter – ny uppföljning bokas", "The plan continues – a new follow-up is booked"),
        FollowUpOutcome.Revise => T("Planen revideras – nytt utkast att godkänna", "The plan is revised – a new draft to approve"),
        FollowUpOutcome.NewSip => T("Ny SIP – nytt möte förbereds", "New SIP – a new meeting is prepared"),
        FollowUpOutcome.Close => T("SIP:en avslutas", "The SIP is closed"),
    };

    public static string Of(CloseReason reason) => reason switch
    {
        CloseReason.GoalsMet => T("Målen är uppnådda", "The goals are met"),
        CloseReason.NoLongerNeeded => T("Samordning behövs inte längre", "Coordination no longer needed"),
        CloseReason.ConsentWithdrawn => T("Samtycket återkallat", "Consent withdrawn"),
        CloseReason.PersonDied => T("Personen har avlidit", "The person has died"),
        CloseReason.PersonMoved => T("Personen har flyttat", "The person has moved"),
        CloseReason.ReplacedByNewSip => T("Ersatt av ny SIP", "Replaced by a new SIP"),
        CloseReason.Other => T("Annat skäl", "Other reason"),
    };

    public static string Of(CaseEventKind kind) => kind switch
    {
        CaseEventKind.Initiated => T("Initiativ taget", "Initiative taken"),
        CaseEventKind.ConsentRecorded => T("Samtycke registrerat", "Consent recorded"),
        CaseEventKind.ConsentWithdrawn => T("Samtycke återkallat", "Consent withdrawn"),
        CaseEventKind.PreparationSaved => T("Förberedelse sparad", "Preparation saved"),
        CaseEventKind.OwnPreparationSaved => T("Egen förberedelse sparad", "Own preparation saved"),
        CaseEventKind.InvitationSent => T("Kallelse skickad", "Invitation sent"),
        CaseEventKind.MeetingRecorded => T("Möte dokumenterat", "Meeting recorded"),
        CaseEventKind.PlanSaved => T("Planutkast sparat", "Plan draft saved"),
        CaseEventKind.PlanAgreed => T("Plan fastställd", "Plan agreed"),
        CaseEventKind.FollowUpRecorded => T("Uppföljning dokumenterad", "Follow-up recorded"),
        CaseEventKind.Closed => T("SIP avslutad", "SIP closed"),
        CaseEventKind.SwitchedToManualHandling => T("Övergått till manuell hantering", "Switched to manual handling"),
        CaseEventKind.ProtectedIdentityLifted => T("Markering om skyddade personuppgifter hävd", "Protected identity mark lifted"),
    };

    public static string Of(CaseUnitRole role) => role switch
    {
        CaseUnitRole.Initiating => T("Initiativtagare", "Initiator"),
        CaseUnitRole.Invited => T("Kallad", "Invited"),
        CaseUnitRole.Coordinator => T("Samordningsansvarig", "Coordinator"),
        CaseUnitRole.ActivityResponsible => T("Ansvarar för aktivitet", "Responsible for an activity"),
    };

    public static string Of(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Region => T("Region", "Region"),
        OrganisationKind.Kommun => T("Kommun", "Municipality"),
        OrganisationKind.OtherActor => T("Annan aktör", "Other actor"),
    };

    public static string Of(RelationKind kind) => kind switch
    {
        RelationKind.Guardian => T("Vårdnadshavare", "Guardian"),
        RelationKind.Relative => T("Närstående", "Relative"),
        RelationKind.GodMan => T("God man", "Guardian ad litem (god man)"),
        RelationKind.Forvaltare => T("Förvaltare", "Administrator (förvaltare)"),
        RelationKind.Representative => T("Företrädare", "Representative"),
        RelationKind.Other => T("Annan", "Other"),
    };

    public static string Of(PersonnummerError error) => error switch
    {
        PersonnummerError.Empty => T("Ange personnummer eller samordningsnummer.", "Enter a personal identity number or coordination number."),
        PersonnummerError.InvalidCharacters => T("Personnumret får bara innehålla siffror och ett bindestreck eller plustecken före de fyra sista siffrorna.", "The number may only contain digits and a hyphen or plus sign before the last four digits."),
        PersonnummerError.WrongLength => T("Personnumret ska ha 10 eller 12 siffror, till exempel 19121212-1212.", "The number must have 10 or 12 digits, for example 19121212-1212."),
        PersonnummerError.InvalidDate => T("Personnumret innehåller inget giltigt datum.", "The number does not contain a valid date."),
        PersonnummerError.BirthDateInFuture => T("Födelsedatumet i personnumret ligger i framtiden.", "The date of birth in the number is in the future."),
        PersonnummerError.InvalidChecksum => T("Kontrollsiffran stämmer inte – kontrollera att numret är rätt inskrivet.", "The check digit does not match – check that the number is typed correctly."),
    };

    /// <summary>What a case's next date is for, as the label in front of the date.</summary>
    public static string Of(DueKind kind) => kind switch
    {
        DueKind.FirstContact => T("Första kontakt senast", "First contact by"),
        DueKind.Invitation => T("Kallelse senast", "Invitation by"),
        DueKind.Meeting => T("SIP-möte", "SIP meeting"),
        DueKind.PlanAgreement => T("Planen ska fastställas", "Plan to be agreed by"),
        DueKind.FollowUp => T("Uppföljning", "Follow-up"),
    };

    public static string Of(SwedishHoliday holiday) => holiday switch
    {
        SwedishHoliday.Nyarsdagen => T("nyårsdagen", "New Year's Day"),
        SwedishHoliday.TrettondedagJul => T("trettondedag jul", "Epiphany"),
        SwedishHoliday.Langfredagen => T("långfredagen", "Good Friday"),
        SwedishHoliday.Paskafton => T("påskafton", "Easter Eve"),
        SwedishHoliday.Paskdagen => T("påskdagen", "Easter Sunday"),
        SwedishHoliday.AnnandagPask => T("annandag påsk", "Easter Monday"),
        SwedishHoliday.ForstaMaj => T("första maj", "May Day"),
        SwedishHoliday.KristiHimmelsfardsdag => T("Kristi himmelsfärdsdag", "Ascension Day"),
        SwedishHoliday.Pingstdagen => T("pingstdagen", "Whit Sunday"),
        SwedishHoliday.Nationaldagen => T("Sveriges nationaldag", "Sweden's National Day"),
        SwedishHoliday.Midsommarafton => T("midsommarafton", "Midsummer Eve"),
        SwedishHoliday.Midsommardagen => T("midsommardagen", "Midsummer Day"),
        SwedishHoliday.AllaHelgonsDag => T("alla helgons dag", "All Saints' Day"),
        SwedishHoliday.Julafton => T("julafton", "Christmas Eve"),
        SwedishHoliday.Juldagen => T("juldagen", "Christmas Day"),
        SwedishHoliday.AnnandagJul => T("annandag jul", "Boxing Day"),
        SwedishHoliday.Nyarsafton => T("nyårsafton", "New Year's Eve"),
    };
}
