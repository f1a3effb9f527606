using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.Directory;
using Samplan.Domain.People;

namespace Samplan.Bench;

/// <summary>Where a generated case ends up, and by which road.</summary>
internal enum CaseTarget
{
    Initiated,
    Preparing,
    Invited,
    PlanDraft,
    Active,
    ActiveFollowedUp,
    ClosedEarly,
    ClosedConsentWithdrawn,
    ClosedAfterFollowUp,
    ManualHandling,
}

/// <summary>Drives one case through the real domain transitions (as DemoCases does), with
/// dates in the past so that every rule about "today" holds at the moment of each step; the
/// messages and answer rows the app would write on the way go to a <see cref="CaseMail"/>.</summary>
internal static class CaseScript
{
    private static readonly TimeZoneInfo Stockholm = FindStockholm();

    private static readonly string[] Reasons =
    [
        "Utskrivningsklar efter höftfraktur. Behöver hemtjänst, hemsjukvård och rehabilitering i hemmet.",
        "Återkommande inläggningar och risk att förlora bostaden. Behöver stöd från psykiatri och socialtjänst.",
        "Hög skolfrånvaro och oro. Elevhälsan, vårdcentralen och socialtjänsten behöver samordna stödet.",
        "Nedsatt funktion efter stroke. Behov av hemtjänst, rehabilitering och stöd till anhöriga.",
        "Missbruk och psykisk ohälsa. Behov av samordnad behandling och boendestöd.",
    ];

    private static readonly string[] Goals =
    [
        "Du ska kunna gå till affären med rollator inom tre månader.",
        "Du ska känna dig trygg med hjälpen hemma.",
        "Du ska kunna bo kvar i din lägenhet.",
        "Du ska gå i skolan minst fyra dagar i veckan.",
        "Du ska ha en fast kontakt som du kan ringa när det blir svårt.",
    ];

    /// <summary>Days from initiation to the last step of the road to <paramref name="target"/>.</summary>
    public static int SpanDays(CaseTarget target) => target switch
    {
        CaseTarget.Initiated => 0,
        CaseTarget.Preparing => 2,
        CaseTarget.Invited => 3,
        CaseTarget.PlanDraft => 10,
        CaseTarget.Active => 12,
        CaseTarget.ActiveFollowedUp => 12 + 90,
        CaseTarget.ClosedEarly => 20,
        CaseTarget.ClosedConsentWithdrawn => 5,
        CaseTarget.ClosedAfterFollowUp => 12 + 90,
        CaseTarget.ManualHandling => 3,
    };

    public static SipCase Run(Random random, Guid id, Individual individual, CaseTarget target, DateTimeOffset start, BenchUnit initiator, IReadOnlyList<BenchUnit> invited, BenchUnit coordinatorUnit, CaseMail mail)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(individual);
        ArgumentNullException.ThrowIfNull(initiator);
        ArgumentNullException.ThrowIfNull(invited);
        ArgumentNullException.ThrowIfNull(coordinatorUnit);
        ArgumentNullException.ThrowIfNull(mail);
        var by = Staff(random, initiator);
        DateTimeOffset At(int days) => TimeZoneInfo.ConvertTime(start.AddDays(days), Stockholm);
        var day0 = Today(At(0));
        var initiative = new Initiative(
            Reasons[random.Next(Reasons.Length)],
            day0.AddDays(-random.Next(0, 5)),
            random.Next(10) < 3 ? day0.AddDays(-1) : null,
            random.Next(2) == 0 ? "Avdelning 30D" : null);
        var sipCase = SipCase.Initiate(id, individual, initiative, by, At(0));
        mail.Initiative(sipCase, invited, by, At(0));
        if (target == CaseTarget.Initiated)
        {
            return sipCase;
        }

        if (target == CaseTarget.ManualHandling)
        {
            // Protected identity arrived after the case started (the stored individual is marked;
            // the caller passes an unmarked twin, since a case cannot start for a protected person).
            SipCase.MarkProtectedIdentity(individual, sipCase, [], new ProtectionMarking(by, "Bench", Samplan.Domain.Directory.UnitKind.HealthCare, "Besked från Skatteverket."), At(3));
            mail.Ended(sipCase, by, At(3));
            return sipCase;
        }

        sipCase.RecordConsent(ConsentFor(random, individual, Today(At(1))), individual, by, At(1));
        sipCase.SavePreparation(Preparation(random), by, At(2));
        if (target == CaseTarget.Preparing)
        {
            return sipCase;
        }

        var meetingDay = Today(At(3)).AddDays(7);
        var invitees = invited.Select(u => new Invitee(Guid.Empty, InviteeKind.Unit, u.Id, u.Unit.Name, random.Next(2) == 0)).ToList();
        if (random.Next(3) == 0)
        {
            invitees.Add(new Invitee(Guid.Empty, InviteeKind.Relative, null, "Anhörig " + individual.FamilyName, false));
        }

        sipCase.SendInvitation(new Invitation(Guid.Empty, MeetingForm.InPerson, "Vårdcentralen, rum 3", meetingDay, new TimeOnly(13, 0), "Välkommen till SIP-möte.", invitees), by, At(3));
        mail.Invitation(sipCase, by);
        if (target == CaseTarget.Invited)
        {
            return sipCase;
        }

        if (target == CaseTarget.ClosedConsentWithdrawn)
        {
            sipCase.WithdrawConsent("Vill inte längre att informationen delas.", by, At(5));
            mail.Ended(sipCase, by, At(5));
            return sipCase;
        }

        var participants = new List<MeetingParticipant> { new(Guid.Empty, individual.FullName, "Den enskilde", null, true), new(Guid.Empty, by.Name, "Samordnare", initiator.Id, true) };
        participants.AddRange(invited.Select(u => new MeetingParticipant(Guid.Empty, "Handläggare " + u.Index, "Handläggare", u.Id, random.Next(5) > 0)));
        sipCase.RecordMeeting(new Meeting(Guid.Empty, meetingDay, by.Name, "Sekreterare " + initiator.Index, true, "Mötet genomfördes enligt plan.", participants), by, At(10));
        var plan = Plan(random, individual, initiator, invited, coordinatorUnit, Today(At(12)).AddDays(90));
        sipCase.SavePlanDraft(plan, by, At(10));
        if (target == CaseTarget.PlanDraft)
        {
            return sipCase;
        }

        if (target == CaseTarget.ClosedEarly)
        {
            sipCase.Close(CloseReason.NoLongerNeeded, "Behovet av samordning har upphört.", by, At(20));
            mail.Ended(sipCase, by, At(20));
            return sipCase;
        }

        sipCase.AgreePlan(new PlanApproval(individual.FullName, ApprovalMethod.AtMeeting, Today(At(12))), individual, by, At(12));
        if (target == CaseTarget.Active)
        {
            return sipCase;
        }

        var coordinator = Staff(random, coordinatorUnit);
        // The domain minted the goals' ids when the draft was saved; a follow-up assesses those.
        var agreedGoals = sipCase.AgreedPlan!.Content.Goals;
        var assessments = agreedGoals.Select((_, i) => new GoalAssessment(agreedGoals[i].Id, (GoalFulfilment)random.Next(3), "Bedömt tillsammans med den enskilde.")).ToList();
        var heldOn = Today(At(102));
        var followUp = target == CaseTarget.ClosedAfterFollowUp
            ? new FollowUp(heldOn, 1, assessments, "Målen är nådda.", FollowUpOutcome.Close, null, CloseReason.GoalsMet)
            : new FollowUp(heldOn, 1, assessments, "Insatserna fortsätter.", FollowUpOutcome.Continue, heldOn.AddDays(90), null);
        sipCase.RecordFollowUp(followUp, coordinator, At(102));
        if (target == CaseTarget.ClosedAfterFollowUp)
        {
            mail.Ended(sipCase, coordinator, At(102));
        }

        return sipCase;
    }

    private static Consent ConsentFor(Random random, Individual individual, DateOnly today)
    {
        var age = individual.Personnummer.AgeOn(today);
        ConsentKind kind = age < 18 ? ConsentKind.GivenByGuardians : random.Next(20) == 0 ? ConsentKind.CannotConsent : ConsentKind.GivenByIndividual;
        // One in five consents is time-limited to a year, so some have expired by now (R-CONSENT-8).
        DateOnly? validUntil = random.Next(5) == 0 ? today.AddDays(365) : null;
        return kind switch
        {
            ConsentKind.GivenByGuardians => new Consent(kind, ConsentMethod.Written, "Vårdnadshavare " + individual.FamilyName, today, age >= 15, null, null, null, null, validUntil),
            ConsentKind.CannotConsent => new Consent(kind, ConsentMethod.Oral, "Företrädare", today, false, "Anhörig", "Har tidigare uttryckt att hen vill ha hjälp.", "God man " + individual.FamilyName, null, validUntil) { AttitudeSourceKind = AttitudeSourceKind.Relative },
            _ => new Consent(kind, random.Next(2) == 0 ? ConsentMethod.Oral : ConsentMethod.Written, individual.FullName, today, false, null, null, null, random.Next(4) == 0 ? "Tidigare missbruk ska inte tas upp." : null, validUntil),
        };
    }

    private static Preparation Preparation(Random random) => new(
        "Samordna stödet mellan vården och kommunen",
        "Att vardagen fungerar tryggt hemma",
        "Vem gör vad efter utskrivningen?",
        "Vårdcentral, hemtjänst, biståndshandläggare",
        true,
        (ParticipationMode)random.Next(4),
        null,
        random.Next(10) == 0,
        random.Next(10) == 0 ? "arabiska" : null,
        false,
        null,
        new Sbar("Utskrivningsklar.", "Tidigare frisk, bor ensam.", "Behöver stöd i ADL.", "SIP-möte inom en vecka."));

    private static PlanContent Plan(Random random, Individual individual, BenchUnit initiator, IReadOnlyList<BenchUnit> invited, BenchUnit coordinatorUnit, DateOnly followUpOn)
    {
        var goals = new List<PlanGoal>();
        var responsible = new[] { initiator }.Concat(invited).ToList();
        var goalCount = 1 + random.Next(3);
        for (var g = 0; g < goalCount; g++)
        {
            var unit = responsible[g % responsible.Count];
            var activities = new List<PlanActivity>
            {
                new(Guid.Empty, "Insats " + (g + 1) + " enligt överenskommelse", ResponsibleOf(unit.Kind), unit.Id, unit.Unit.Name, "Från vecka 1, i tre månader"),
            };
            if (random.Next(2) == 0)
            {
                activities.Add(new(Guid.Empty, "Promenad varje dag", ResponsibleKind.Individual, null, individual.FullName, "Dagligen"));
            }

            goals.Add(new PlanGoal(Guid.Empty, (NeedDomain)random.Next(3), "Behov som framkom vid mötet.", Goals[random.Next(Goals.Length)], [new SubGoal(Guid.Empty, "Du går 200 meter utan vila")], activities));
        }

        return new PlanContent(
            "Jag vill klara mig hemma och kunna gå till affären själv igen.",
            "Stöttande anhöriga, motiverad att träna.",
            goals,
            "Ring vårdcentralen; vid akut försämring 112.",
            new Coordinator("Samordnare " + coordinatorUnit.Index, coordinatorUnit.Id, coordinatorUnit.OrganisationId, coordinatorUnit.Kind),
            followUpOn,
            null);
    }

    private static ResponsibleKind ResponsibleOf(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Region => ResponsibleKind.RegionUnit,
        OrganisationKind.Kommun => ResponsibleKind.KommunUnit,
        OrganisationKind.OtherActor => ResponsibleKind.OtherActor,
    };

    public static StaffRef Staff(Random random, BenchUnit unit) =>
        new($"bench-{unit.Index}-{random.Next(5)}", "Handläggare " + unit.Index, unit.Id);

    private static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.DateTime);

    private static TimeZoneInfo FindStockholm()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
