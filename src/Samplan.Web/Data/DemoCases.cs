using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.Directory;
using static Samplan.Web.Data.DemoDirectory;

namespace Samplan.Web.Data;

/// <summary>Demo cases in several phases, each driven through the real transitions.</summary>
internal static class DemoCases
{
    private static readonly StaffRef Anna = new("demo", "Anna Lind", Vardcentral.Id);
    private static readonly StaffRef Eva = new("demo", "Eva Strand", Psykiatri.Id);
    private static readonly StaffRef Karin = new("demo", "Karin Ek", Medicinavdelning.Id);

    public static IEnumerable<SipCase> Create(DemoPeople people, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.DateTime);

        // An older person reported ready for discharge yesterday: invitation due within 3 days (R-INIT-5).
        var gunnel = SipCase.Initiate(Guid.Parse("0d000000-0000-0000-0000-000000000001"), people.Gunnel,
            new Initiative("Utskrivningsklar efter höftfraktur. Behöver hemtjänst och rehabilitering i hemmet.", today.AddDays(-2), today.AddDays(-1), "Avdelning 30D"),
            Anna, now.AddDays(-1));
        yield return gunnel;

        // A 16-year-old with guardians, preparing the first meeting with the school's elevhälsa.
        var elsa = SipCase.Initiate(Guid.Parse("0d000000-0000-0000-0000-000000000003"), people.Elsa,
            new Initiative("Hög skolfrånvaro och oro. Elevhälsan och vårdcentralen behöver samordna stödet.", today.AddDays(-6), null, "Skolkurator"),
            Anna, now.AddDays(-6));
        elsa.RecordConsent(new Consent(ConsentKind.GivenByGuardians, ConsentMethod.Written, "Karin Nilsson och Jonas Nilsson", today.AddDays(-5), true, null, null, null, "Vill inte att föräldrarnas skilsmässa tas upp.", null), people.Elsa, Anna, now.AddDays(-5));
        elsa.SavePreparation(Preparation("Samordna stödet i skolan och vården", "Att Elsa kan gå i skolan igen", ParticipationMode.PartOfMeeting), Anna, now.AddDays(-4));
        yield return elsa;

        // A child, invited to a meeting next week.
        var liam = SipCase.Initiate(Guid.Parse("0d000000-0000-0000-0000-000000000004"), people.Liam,
            new Initiative("Behov av samordning mellan habilitering och LSS.", today.AddDays(-14), null, null),
            Anna, now.AddDays(-14));
        liam.RecordConsent(new Consent(ConsentKind.GivenByGuardians, ConsentMethod.Oral, "Sofia Testsson", today.AddDays(-13), false, null, null, null, null, null), people.Liam, Anna, now.AddDays(-13));
        liam.SavePreparation(Preparation("Planera stödet inför skolstart", "En gemensam plan för vardagen", ParticipationMode.NotAtAll), Anna, now.AddDays(-12));
        liam.SendInvitation(new Invitation(Guid.Empty, MeetingForm.InPerson, "Vårdcentralen Gottsunda, rum 3", today.AddDays(7), new TimeOnly(13, 0), null,
            [new Invitee(Guid.Empty, InviteeKind.Unit, Lss.Id, Lss.Name, true), new Invitee(Guid.Empty, InviteeKind.Relative, null, "Sofia Testsson", false)]), Anna, now.AddDays(-11));
        yield return liam;

        // An adult with psychiatric and social needs: the meeting was held, the plan is a draft.
        var mikael = SipCase.Initiate(Guid.Parse("0d000000-0000-0000-0000-000000000002"), people.Mikael,
            new Initiative("Återkommande inläggningar, risk att förlora bostaden. Behöver stöd från psykiatri och socialtjänst.", today.AddDays(-30), null, null),
            Eva, now.AddDays(-30));
        mikael.RecordConsent(new Consent(ConsentKind.GivenByIndividual, ConsentMethod.Written, "Mikael Öberg", today.AddDays(-29), false, null, null, null, null, today.AddYears(1)), people.Mikael, Eva, now.AddDays(-29));
        mikael.SavePreparation(Preparation("Samordna stöd för boende och behandling", "Att Mikael kan bo kvar och må bättre", ParticipationMode.WholeMeeting), Eva, now.AddDays(-28));
        mikael.SendInvitation(new Invitation(Guid.Empty, MeetingForm.InPerson, "Psykiatrisk öppenvård, Uppsala", today.AddDays(-3), new TimeOnly(10, 0), null,
            [new Invitee(Guid.Empty, InviteeKind.Unit, Vardcentral.Id, Vardcentral.Name, true), new Invitee(Guid.Empty, InviteeKind.Unit, Bistand.Id, Bistand.Name, true)]), Eva, now.AddDays(-20));
        mikael.RecordMeeting(new Meeting(Guid.Empty, today.AddDays(-3), "Eva Strand", "Anna Lind", true, null,
            [new(Guid.Empty, "Mikael Öberg", "Den enskilde", null, true), new(Guid.Empty, "Eva Strand", "Kurator", Psykiatri.Id, true), new(Guid.Empty, "Anna Lind", "Distriktssköterska", Vardcentral.Id, true), new(Guid.Empty, "Lena Berg", "Biståndshandläggare", Bistand.Id, false)]), Eva, now.AddDays(-3));
        mikael.SavePlanDraft(PlanContent.Empty with { OwnGoals = "Jag vill bo kvar i min lägenhet och orka träffa mina vänner.", Resources = "Bra kontakt med sin syster. Motiverad till behandling." }, Eva, now.AddDays(-3));
        yield return mikael;

        yield return ActiveCase(people, today, now);
        yield return ClosedCase(people, today, now);
    }

    private static SipCase ActiveCase(DemoPeople people, DateOnly today, DateTimeOffset now)
    {
        var sven = SipCase.Initiate(Guid.Parse("0d000000-0000-0000-0000-000000000005"), people.Sven,
            new Initiative("Utskriven efter stroke. Behöver hemtjänst, rehabilitering och stöd till hustrun.", today.AddDays(-40), today.AddDays(-38), "Avdelning 30D"),
            Karin, now.AddDays(-40));
        sven.RecordConsent(new Consent(ConsentKind.GivenByIndividual, ConsentMethod.Oral, "Sven Karlsson", today.AddDays(-40), false, null, null, "Maj Karlsson (hustru)", null, null), people.Sven, Karin, now.AddDays(-40));
        sven.SavePreparation(Preparation("Planera stödet efter utskrivning", "Att Sven kan bo hemma tryggt", ParticipationMode.WholeMeeting), Karin, now.AddDays(-39));
        sven.SendInvitation(new Invitation(Guid.Empty, MeetingForm.InPerson, "Hemma hos Sven", today.AddDays(-35), new TimeOnly(14, 0), null,
            [new Invitee(Guid.Empty, InviteeKind.Unit, Vardcentral.Id, Vardcentral.Name, true), new Invitee(Guid.Empty, InviteeKind.Unit, Hemtjanst.Id, Hemtjanst.Name, true), new Invitee(Guid.Empty, InviteeKind.Relative, null, "Maj Karlsson", false)]), Karin, now.AddDays(-38));
        sven.RecordMeeting(new Meeting(Guid.Empty, today.AddDays(-35), "Anna Lind", "Karin Ek", true, null,
            [new(Guid.Empty, "Sven Karlsson", "Den enskilde", null, true), new(Guid.Empty, "Maj Karlsson", "Hustru", null, true), new(Guid.Empty, "Anna Lind", "Distriktssköterska", Vardcentral.Id, true), new(Guid.Empty, "Johan Nyberg", "Hemtjänst", Hemtjanst.Id, true)]), Karin, now.AddDays(-35));
        var plan = new PlanContent(
            "Jag vill klara mig hemma och kunna gå till affären själv igen.",
            "Stöttande hustru, tidigare mycket aktiv, motiverad att träna.",
            [
                new PlanGoal(Guid.Empty, NeedDomain.Physical, "Nedsatt gångförmåga efter stroke.", "Du ska kunna gå till affären med rollator inom tre månader.", [new SubGoal(Guid.Empty, "Du går 200 meter utan vila")],
                    [new PlanActivity(Guid.Empty, "Gångträning två gånger i veckan", ResponsibleKind.RegionUnit, Vardcentral.Id, Vardcentral.Name, "Från vecka 1, i tre månader"),
                     new PlanActivity(Guid.Empty, "Promenad varje dag med Maj", ResponsibleKind.Individual, null, "Sven Karlsson", "Dagligen")]),
                new PlanGoal(Guid.Empty, NeedDomain.Social, "Behöver hjälp med dusch och inköp.", "Du ska känna dig trygg med hjälpen hemma.", [],
                    [new PlanActivity(Guid.Empty, "Hemtjänst morgon och kväll, inköp en gång i veckan", ResponsibleKind.KommunUnit, Hemtjanst.Id, Hemtjanst.Name, "Tills vidare")]),
            ],
            "Maj ringer vårdcentralen; vid akut försämring 112. Hemtjänsten kontaktar sjuksköterskan.",
            new Coordinator("Anna Lind", Vardcentral.Id, RegionUppsala.Id, OrganisationKind.Region),
            today.AddDays(14),
            "Behov av bostadsanpassning: remiss till kommunens handläggare.");
        sven.SavePlanDraft(plan, Karin, now.AddDays(-35));
        sven.AgreePlan(new PlanApproval("Sven Karlsson", ApprovalMethod.AtMeeting, today.AddDays(-35)), people.Sven, Karin, now.AddDays(-35));
        return sven;
    }

    private static SipCase ClosedCase(DemoPeople people, DateOnly today, DateTimeOffset now)
    {
        var birgitta = SipCase.Initiate(Guid.Parse("0d000000-0000-0000-0000-000000000006"), people.Birgitta,
            new Initiative("Ensam efter makens död, oro för nedstämdhet.", today.AddDays(-120), null, null),
            Anna, now.AddDays(-120));
        birgitta.RecordConsent(new Consent(ConsentKind.GivenByIndividual, ConsentMethod.Oral, "Birgitta Lund", today.AddDays(-119), false, null, null, null, null, null), people.Birgitta, Anna, now.AddDays(-119));
        birgitta.Close(CloseReason.NoLongerNeeded, "Stödet från vårdcentralen räcker; ingen kommunal insats behövs.", Anna, now.AddDays(-100));
        return birgitta;
    }

    private static Preparation Preparation(string purpose, string goal, ParticipationMode mode) =>
        new(purpose, goal, null, null, true, mode, null, false, null, false, null, new Sbar(null, null, null, null));
}
