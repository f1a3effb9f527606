using Samplan.Domain.Common;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Localization;

/// <summary>The message a person reads for each rule the domain can refuse on.</summary>
public static class RuleMessages
{
    private static readonly Dictionary<string, (string Sv, string En)> Messages = new(StringComparer.Ordinal)
    {
        ["access.not-participating"] = ("Din enhet deltar inte i SIP:en.", "Your unit does not take part in the SIP."),
        ["access.convener-only"] = ("Bara den enhet som är sammankallande och ansvarar för SIP:en får göra detta: registrera samtycket, skicka eller återkalla kallelsen och dokumentera mötet. Din enhet kan läsa SIP:en och bidra till planutkastet.", "Only the unit that convenes and is responsible for the SIP may do this: record the consent, send or void the invitation and record the meeting. Your unit can read the SIP and contribute to the plan draft."),
        ["access.agree-convener-only"] = ("Bara den sammankallande enheten fastställer planen, tillsammans med den enskilde. Din enhet kan bidra till planutkastet.", "Only the convening unit agrees the plan, together with the individual. Your unit can contribute to the plan draft."),
        ["access.coordinator-only"] = ("Bara den samordningsansvariga enheten får göra detta: dokumentera uppföljningen och lämna över samordningen.", "Only the coordinating unit may do this: record the follow-up and hand over the coordination."),
        ["access.close-coordinator-only"] = ("Bara den samordningsansvariga enheten får avsluta SIP:en. Kontakta samordnaren om SIP:en bör avslutas.", "Only the coordinating unit may close the SIP. Contact the coordinator if the SIP should be closed."),
        ["access.huvudman-only"] = ("Bara hälso- och sjukvården och socialtjänsten som deltar i SIP:en får göra detta. Berätta för den ansvariga enheten vad den enskilde sagt.", "Only the health care and social services taking part in the SIP may do this. Tell the responsible unit what the individual said."),
        ["access.invitee-only"] = ("Bara en kallad enhet svarar på kallelsen.", "Only an invited unit answers the invitation."),
        ["case.protected-identity"] = ("Personen har skyddade personuppgifter. SIP får då bara hanteras manuellt på papper – skriv ut blanketterna för kallelse och plan.", "The person has protected personal data. A SIP may then only be handled manually on paper – print the invitation and plan forms."),
        ["protection.not-huvudman"] = ("Bara hälso- och sjukvården eller socialtjänsten kan markera skyddade personuppgifter. Kontakta den ansvariga enheten för personens SIP.", "Only health care or social services can mark protected personal data. Contact the unit responsible for the person's SIP."),
        ["protection.unit-not-in-case"] = ("Er enhet deltar inte i SIP:en och kan inte markera skyddade personuppgifter för den.", "Your unit does not take part in the SIP and cannot mark protected personal data for it."),
        ["protection.reason-missing"] = ("Skriv varför personen markeras med skyddade personuppgifter, till exempel vad beskedet från Skatteverket gällde.", "Give why the person is marked with protected personal data, for example what the notice from Skatteverket said."),
        ["protection.none-to-lift"] = ("Det finns ingen markering om skyddade personuppgifter att häva.", "There is no protected identity mark to lift."),
        ["protection.lift-not-allowed"] = ("Bara en ansvarig enhet för en berörd SIP eller en administratör i dess organisation kan häva markeringen.", "Only a responsible unit of an affected SIP or an administrator of its organisation can lift the mark."),
        ["protection.lift-reason-missing"] = ("Skriv varför markeringen var fel och hävs.", "Give why the mark was a mistake and is lifted."),
        ["initiative.reason-missing"] = ("Skriv orsaken till initiativet.", "Give the reason for the initiative."),
        ["initiative.identified-in-future"] = ("Datumet då behovet uppmärksammades kan inte ligga i framtiden.", "The date the need was identified cannot be in the future."),
        ["initiative.discharge-date-implausible"] = ("Datumet för utskrivningsklar verkar fel – kontrollera det.", "The discharge-ready date looks wrong – please check it."),
        ["consent.given-in-future"] = ("Samtycket kan inte vara lämnat i framtiden.", "Consent cannot have been given in the future."),
        ["consent.valid-until-before-given"] = ("Sista giltighetsdag måste vara efter dagen då samtycket lämnades.", "The last valid day must be after the day consent was given."),
        ["consent.already-expired"] = ("Samtycket har redan gått ut – ange en senare sista giltighetsdag.", "The consent has already expired – give a later last valid day."),
        ["consent.given-by-missing"] = ("Skriv vem som lämnade samtycket.", "Give who gave the consent."),
        ["consent.child-needs-guardians"] = ("Personen är under 18 år: vårdnadshavarna ska lämna samtycket.", "The person is under 18: the guardians must give consent."),
        ["consent.guardians-only-for-children"] = ("Personen är vuxen och samtycker själv – vårdnadshavare beslutar bara för barn.", "The person is an adult and consents personally – guardians decide only for children."),
        ["consent.child-own-consent-required"] = ("Barnet är 15 år eller äldre: barnets eget samtycke krävs också.", "The child is 15 or older: the child's own consent is required too."),
        ["consent.attitude-source-missing"] = ("Skriv vem (närstående, god man, förvaltare) som beskrivit personens inställning.", "Give who (relative, guardian ad litem, administrator) described the person's attitude."),
        ["consent.attitude-source-kind-missing"] = ("Välj hur den som beskrivit inställningen står personen nära: närstående, god man, förvaltare eller framtidsfullmakt.", "Choose how the one who described the attitude stands to the person: relative, guardian ad litem, administrator or lasting power of attorney."),
        ["consent.attitude-source-is-individual"] = ("Personen kan inte samtycka – skriv namnet på den som beskrivit personens inställning, inte personens eget namn.", "The person cannot consent – give the name of the one who described the person's attitude, not the person's own name."),
        ["consent.attitude-missing"] = ("Beskriv personens inställning till samordningen.", "Describe the person's attitude to the coordination."),
        ["consent.none-to-withdraw"] = ("Det finns inget gällande samtycke att återkalla.", "There is no consent in force to withdraw."),
        ["consent.expired"] = ("Samtycket har gått ut. Inhämta ett nytt samtycke innan SIP:en kan fortsätta.", "The consent has expired. Obtain new consent before the SIP can continue."),
        ["consent.required-first"] = ("Samtycke måste registreras först – inget om möte eller plan får hanteras utan samtycke.", "Consent must be recorded first – nothing about the meeting or plan may be handled without consent."),
        ["invitation.purpose-missing"] = ("Skriv mötets syfte – det krävs innan kallelsen skickas.", "Give the purpose of the meeting – it is required before the invitation is sent."),
        ["invitation.goal-missing"] = ("Skriv mötets mål – det krävs innan kallelsen skickas.", "Give the goal of the meeting – it is required before the invitation is sent."),
        ["invitation.place-missing"] = ("Ange plats (eller länk/telefonnummer för digitalt möte).", "Give the place (or link/phone number for a remote meeting)."),
        ["invitation.date-in-past"] = ("Mötesdatumet har redan passerat.", "The meeting date has already passed."),
        ["invitation.no-invitees"] = ("Kalla minst en deltagare.", "Invite at least one participant."),
        ["invitation.invitee-name-missing"] = ("Skriv namnet på den som kallas.", "Give the name of the invitee."),
        ["invitation.invitee-unit-missing"] = ("Välj vilken verksamhet som kallas.", "Choose which unit is invited."),
        ["invitation.staff-office"] = ("En stabs- eller förvaltningsenhet (till exempel IT-säkerhet eller administration) kan inte kallas till en SIP – kalla de verksamheter som ger vård, stöd eller service.", "A staff office (such as IT security or administration) cannot be invited to a SIP – invite the units that give care, support or service."),
        ["meeting.held-in-future"] = ("Ett möte som ännu inte hållits kan inte dokumenteras.", "A meeting that has not yet been held cannot be recorded."),
        ["meeting.chair-missing"] = ("Ange vem som var ordförande.", "Give who chaired the meeting."),
        ["meeting.secretary-missing"] = ("Ange vem som var sekreterare.", "Give who took the minutes."),
        ["meeting.no-participants-present"] = ("Markera minst en deltagare som närvarande.", "Mark at least one participant as present."),
        ["meeting.participant-name-missing"] = ("Skriv deltagarens namn.", "Give the participant's name."),
        ["meeting.participant-unit-unknown"] = ("Deltagarens enhet deltar inte i SIP:en och är inte kallad. Välj en av SIP:ens enheter eller lämna enheten tom.", "The participant's unit neither takes part in the SIP nor was invited. Choose one of the SIP's units or leave the unit empty."),
        ["plan.own-goals-missing"] = ("Skriv den enskildes egna mål, med hens egna ord.", "Write the individual's own goals, in their own words."),
        ["plan.resources-missing"] = ("Beskriv den enskildes resurser: styrkor, nätverk, motivation.", "Describe the individual's resources: strengths, network, motivation."),
        ["plan.no-needs"] = ("Planen behöver minst ett behov med mål.", "The plan needs at least one need with a goal."),
        ["plan.if-worse-missing"] = ("Skriv vad som ska hända om tillståndet försämras.", "Write what happens if the condition gets worse."),
        ["plan.coordinator-missing"] = ("Välj samordningsansvarig och dess verksamhet.", "Choose the coordinator and their unit."),
        ["plan.coordinator-name-missing"] = ("Skriv samordnarens namn.", "Give the coordinator's name."),
        ["plan.coordinator-not-huvudman"] = ("Samordningsansvarig måste komma från en region eller kommun (huvudman).", "The coordinator must come from a region or municipality (huvudman)."),
        ["plan.follow-up-missing"] = ("Boka datum för uppföljning.", "Book a follow-up date."),
        ["plan.follow-up-in-past"] = ("Uppföljningen måste ligga efter dagens datum.", "The follow-up must be after today."),
        ["plan.approver-missing"] = ("Skriv vem som godkände planen.", "Give who approved the plan."),
        ["plan.approved-in-future"] = ("Godkännandet kan inte ligga i framtiden.", "The approval cannot be in the future."),
        ["plan.part-unknown"] = ("Någon annan har tagit bort den här raden ur utkastet medan du arbetade. Ta bort raden här, eller lägg till en ny rad med texten om den ska vara kvar.", "Someone else removed this row from the draft while you were working. Remove the row here, or add a new row with the text if it is to stay."),
        ["case.part-id-repeated"] = ("Samma rad skickades två gånger. Öppna sidan igen och försök på nytt.", "The same row was sent twice. Open the page again and try once more."),
        ["plan.need-missing"] = ("Beskriv behovet.", "Describe the need."),
        ["plan.goal-missing"] = ("Skriv ett mål för behovet.", "Write a goal for the need."),
        ["plan.goal-not-du-form"] = ("Skriv målet i du-form, till den enskilde och inte om hen, till exempel: \"{0}\" Vill den enskilde ha målet med sina egna ord, kryssa i \"Behåll som skrivet\".", "Write the goal addressed to the individual, not about them, for example: \"{0}\" If the individual wants the goal in their own words, tick \"Keep as written\"."),
        ["plan.goal-without-activity"] = ("Lägg till minst en aktivitet för målet.", "Add at least one activity for the goal."),
        ["plan.activity-what-missing"] = ("Skriv vad som ska göras.", "Write what is to be done."),
        ["plan.activity-responsible-missing"] = ("Ange vem som ansvarar.", "Give who is responsible."),
        ["plan.activity-unit-missing"] = ("Välj den verksamhet som ansvarar.", "Choose the responsible unit."),
        ["plan.activity-time-missing"] = ("Ange när aktiviteten ska ske (tidsplan).", "Give when the activity happens (time plan)."),
        ["follow-up.held-in-future"] = ("En uppföljning som inte hållits kan inte dokumenteras.", "A follow-up not yet held cannot be recorded."),
        ["follow-up.goal-not-assessed"] = ("Bedöm hur långt målet nåtts.", "Assess how far the goal was reached."),
        ["follow-up.unknown-goal"] = ("Bedömningen gäller ett mål som inte finns i planen.", "The assessment refers to a goal not in the plan."),
        ["follow-up.next-date-missing"] = ("Boka datum för nästa uppföljning.", "Book the next follow-up date."),
        ["follow-up.next-date-in-past"] = ("Nästa uppföljning måste ligga efter dagens datum.", "The next follow-up must be after today."),
        ["follow-up.close-reason-missing"] = ("Välj skäl för avslut: målen uppnådda eller samordning behövs inte längre.", "Choose why it closes: goals met or coordination no longer needed."),
        ["close.only-coordinator"] = ("Bara samordningsansvarig verksamhet kan avsluta SIP:en, tillsammans med den enskilde.", "Only the coordinating unit can close the SIP, together with the individual."),
        ["close.use-withdraw-consent"] = ("Återkallat samtycke registreras via \"Registrera återkallat samtycke\".", "Withdrawn consent is recorded with \"Record withdrawn consent\"."),
        ["close.note-required"] = ("Beskriv skälet när du väljer \"Annat skäl\".", "Describe the reason when you choose \"Other reason\"."),
        ["case.already-closed"] = ("SIP:en är redan avslutad.", "The SIP is already closed."),
        ["case.not-open"] = ("SIP:en är inte öppen för ändringar.", "The SIP is not open for changes."),
        ["individual.given-name-missing"] = ("Skriv förnamn.", "Give the first name."),
        ["individual.family-name-missing"] = ("Skriv efternamn.", "Give the last name."),
        ["relation.name-missing"] = ("Skriv namnet.", "Give the name."),
        ["concurrency.conflict"] = ("Någon annan har ändrat SIP:en medan du arbetade. Inget av ditt har sparats men din text finns kvar nedan – läs den senaste versionen och spara igen.", "Someone else changed the SIP while you were working. Nothing of yours was saved, but your text is kept below – read the latest version and save again."),
    };

    public static string For(RuleViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        if (Messages.TryGetValue(violation.Code, out var text))
        {
            return violation.Code == "plan.goal-not-du-form" ? DuFormExample(text, violation.Suggestion) : T(text.Sv, text.En);
        }

        if (violation.Code.StartsWith("transition.not-allowed-in-", StringComparison.Ordinal))
        {
            return T("Steget går inte att göra i SIP:ens nuvarande fas.", "That step is not possible in the SIP's current phase.");
        }

        return T("Uppgiften kunde inte sparas: ", "Could not be saved: ") + violation.Code;
    }

    /// <summary>The example is the goal itself rewritten when the domain could rewrite it.</summary>
    private static string DuFormExample((string Sv, string En) text, string? suggestion) =>
        T(
            string.Format(System.Globalization.CultureInfo.InvariantCulture, text.Sv, suggestion ?? "Du ska …"),
            string.Format(System.Globalization.CultureInfo.InvariantCulture, text.En, suggestion ?? "Du ska … (You will …)"));

    public static string For(string code) => For(new RuleViolation(string.Empty, code));

    public static IEnumerable<string> KnownCodes => Messages.Keys;
}
