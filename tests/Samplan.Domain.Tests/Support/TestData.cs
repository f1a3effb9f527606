using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.Directory;
using Samplan.Domain.People;

namespace Samplan.Domain.Tests.Support;

/// <summary>Fixed clock, units, staff and people shared by the domain tests.</summary>
internal static class TestData
{
    /// <summary>The fixed "now" of every test: Monday 23 November 2026, 10:00 Swedish time.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1));

    public static readonly DateOnly Today = new(2026, 11, 23);

    /// <summary>The date the SIP meeting is booked for and held on.</summary>
    public static readonly DateOnly MeetingOn = Today.AddDays(7);

    /// <summary>The moment the meeting is recorded and the plan agreed.</summary>
    public static readonly DateTimeOffset AtMeeting = Now.AddDays(7);

    /// <summary>The follow-up booked in the agreed plan.</summary>
    public static readonly DateOnly FollowUpOn = MeetingOn.AddDays(90);

    /// <summary>The moment the follow-up is held and recorded.</summary>
    public static readonly DateTimeOffset AtFollowUp = AtMeeting.AddDays(90);

    public static readonly Guid RegionOrgId = new("0a000000-0000-0000-0000-000000000001");
    public static readonly Guid KommunOrgId = new("0b000000-0000-0000-0000-000000000001");
    public static readonly Guid OtherOrgId = new("0c000000-0000-0000-0000-000000000001");

    /// <summary>Psykiatrisk öppenvård in the region: the initiating unit.</summary>
    public static readonly Guid RegionUnitId = new("1a000000-0000-0000-0000-000000000001");

    /// <summary>Socialpsykiatri in the municipality: the coordinator's unit in the agreed plan.</summary>
    public static readonly Guid KommunUnitId = new("1b000000-0000-0000-0000-000000000001");

    /// <summary>A third unit (e.g. elevhälsa) that plays no role unless a test gives it one.</summary>
    public static readonly Guid OtherUnitId = new("1c000000-0000-0000-0000-000000000001");

    public static readonly StaffRef RegionNurse = new("user-region", "Rita Region", RegionUnitId);

    public static readonly StaffRef KommunOfficer = new("user-kommun", "Karin Kommun", KommunUnitId);

    public static readonly StaffRef OtherStaff = new("user-other", "Otto Annan", OtherUnitId);

    /// <summary>Skatteverket's published test number (R-ID-2).</summary>
    public const string TolvanNumber = "191212121212";

    /// <summary>Skatteverket's published test number (R-ID-2).</summary>
    public const string TestNumber2017 = "201701012393";

    public static StaffRef StaffOf(Guid unitId) =>
        unitId == RegionUnitId ? RegionNurse : unitId == KommunUnitId ? KommunOfficer : OtherStaff;

    /// <summary>A health-care unit marking protected identity with a reason (R-PROT-2).</summary>
    public static ProtectionMarking Marking(StaffRef by, UnitKind kind = UnitKind.HealthCare, string? reason = "Besked från Skatteverket om skyddad folkbokföring.") =>
        new(by, "Enhet " + by.Name, kind, reason);

    public static Personnummer Pnr(string text) =>
        Personnummer.Parse(text, Today).Value ?? throw new InvalidOperationException($"Test number {text} does not parse.");

    /// <summary>An adult (born 1912) with Skatteverket's test number 191212121212.</summary>
    public static Individual Adult() =>
        Individual.Register(Guid.NewGuid(), Pnr(TolvanNumber), "Tolvan", "Tolvansson", "070-000 00 00");

    /// <summary>A person of the given age on <see cref="Today"/> (birthday <paramref name="daysSinceBirthday"/> days ago),
    /// with a fictitious Luhn-valid number.</summary>
    public static Individual AgedOn(int age, int daysSinceBirthday = 90) =>
        Individual.Register(Guid.NewGuid(), Pnr(Fictitious(Today.AddYears(-age).AddDays(-daysSinceBirthday))), "Barn", "Testsson");

    /// <summary>A child of 16 (fictitious number).</summary>
    public static Individual Child16() => AgedOn(16);

    /// <summary>A child of 10 (fictitious number).</summary>
    public static Individual Child10() => AgedOn(10);

    /// <summary>A fictitious, Luhn-valid 12-digit number for <paramref name="birthDate"/>. Not a real person:
    /// made up for tests only (R-ID-2).</summary>
    public static string Fictitious(DateOnly birthDate, int serial = 238, bool samordningsnummer = false)
    {
        var day = birthDate.Day + (samordningsnummer ? 60 : 0);
        return WithCheckDigit($"{birthDate.Year:D4}{birthDate.Month:D2}{day:D2}{serial:D3}");
    }

    /// <summary>Appends the modulus-10 (Luhn) check digit to 11 digits (YYYYMMDDNNN); the check runs over the
    /// ten-digit form as Skatteverket defines it. Used for fictitious numbers and for raw dates that are not valid.</summary>
    public static string WithCheckDigit(string elevenDigits)
    {
        var nine = elevenDigits[2..];
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var product = (nine[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }

        var check = (10 - (sum % 10)) % 10;
        var result = elevenDigits + check.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!Personnummer.HasValidCheckDigit(result[2..]))
        {
            throw new InvalidOperationException("The test helper's Luhn computation disagrees with the domain.");
        }

        return result;
    }

    /// <summary>The same number with its check digit changed, so only the checksum is wrong.</summary>
    public static string WithWrongCheckDigit(string twelveDigits)
    {
        var last = twelveDigits[^1] - '0';
        return twelveDigits[..^1] + ((last + 1) % 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Initiative Initiative(DateOnly? identifiedOn = null, DateOnly? dischargeReadyOn = null) =>
        new("  Behov av samordning mellan psykiatri och socialtjänst  ", identifiedOn ?? Today.AddDays(-1), dischargeReadyOn, "Syster Lisa");

    public static Consent AdultConsent() =>
        new(ConsentKind.GivenByIndividual, ConsentMethod.Written, "Tolvan Tolvansson", Today, false, null, null, null, null, null);

    public static Consent GuardianConsent(bool childAlsoConsented) =>
        new(ConsentKind.GivenByGuardians, ConsentMethod.Oral, "Anna och Bo Testsson", Today, childAlsoConsented, null, null, null, null, null);

    public static Consent CannotConsent(string? source = "God man Göran", string? attitude = "Verkar positiv till att få hjälp", AttitudeSourceKind? sourceKind = AttitudeSourceKind.GoodMan) =>
        new(ConsentKind.CannotConsent, ConsentMethod.Oral, string.Empty, Today, false, source, attitude, null, null, null) { AttitudeSourceKind = sourceKind };

    public static Preparation Preparation(string? purpose = "Samordna stöd efter utskrivning", string? goal = "En plan som Tolvan känner sig trygg med") =>
        new(
            purpose,
            goal,
            "Vem gör vad när det blir sämre?",
            "Psykiatrin, socialpsykiatrin, syster Lisa",
            true,
            ParticipationMode.WholeMeeting,
            "Pauser varje halvtimme",
            false,
            "svenska",
            true,
            "Brev hem",
            new Sbar("Utskrivningsklar", "Tre inläggningar i år", "Stabil", "SIP-möte inom en vecka"));

    public static OwnPreparation OwnPreparation() =>
        new("Det är rörigt", "Att någon håller ihop", "Att slippa berätta allt flera gånger", "Karin", "Rita på psykiatrin", null);

    public static Invitee UnitInvitee(Guid unitId, string name = "Socialpsykiatrin") => new(Guid.Empty, InviteeKind.Unit, unitId, name, true);

    public static Invitee RelativeInvitee(string name = "Syster Lisa") => new(Guid.Empty, InviteeKind.Relative, null, name, false);

    public static Invitation Invitation(DateOnly? meetingDate = null, string place = "Vårdcentralen, rum 3", IReadOnlyList<Invitee>? invitees = null) =>
        new(Guid.Empty, MeetingForm.InPerson, place, meetingDate ?? MeetingOn, new TimeOnly(9, 0), "Välkommen", invitees ?? [UnitInvitee(KommunUnitId), RelativeInvitee()]);

    public static MeetingParticipant Present(string name, Guid? unitId = null) => new(Guid.Empty, name, "Deltagare", unitId, true);

    public static MeetingParticipant Absent(string name, Guid? unitId = null) => new(Guid.Empty, name, "Deltagare", unitId, false);

    public static Meeting Meeting(DateOnly? heldOn = null, string chair = "Rita Region", string secretary = "Karin Kommun", IReadOnlyList<MeetingParticipant>? participants = null) =>
        new(Guid.Empty, heldOn ?? MeetingOn, chair, secretary, true, "Bra möte", participants ??
        [
            Present("Tolvan Tolvansson"),
            Present("Rita Region", RegionUnitId),
            Present("Karin Kommun", KommunUnitId),
            Absent("Syster Lisa"),
        ]);

    public static Coordinator KommunCoordinator() => new("Karin Kommun", KommunUnitId, KommunOrgId, OrganisationKind.Kommun);

    public static PlanActivity Activity(
        string what = "Samtalsstöd",
        ResponsibleKind responsible = ResponsibleKind.RegionUnit,
        Guid? unitId = null,
        string responsibleName = "Psykiatrisk öppenvård",
        string timePlan = "Varannan vecka från december") =>
        new(Guid.Empty, what, responsible, unitId ?? (responsible is ResponsibleKind.RegionUnit or ResponsibleKind.KommunUnit ? RegionUnitId : null), responsibleName, timePlan);

    public static PlanGoal Goal(string goal = "Du ska kunna sova hela nätter", string need = "Oro och sömnsvårigheter", IReadOnlyList<PlanActivity>? activities = null) =>
        new(Guid.Empty, NeedDomain.Psychological, need, goal, [new SubGoal(Guid.Empty, "Du somnar före midnatt")], activities ?? [Activity()]);

    /// <summary>A plan that meets every rule for agreement: two goals, activities by region, kommun and a relative.</summary>
    public static PlanContent CompletePlan() =>
        new(
            "Jag vill må bättre och klara mig själv hemma",
            "Stark vilja, syster Lisa nära, tycker om att promenera",
            [
                Goal(),
                new PlanGoal(
                    Guid.Empty,
                    NeedDomain.Social,
                    "Ensamhet",
                    "Du ska träffa andra människor två gånger i veckan",
                    [],
                    [
                        Activity("Dagverksamhet", ResponsibleKind.KommunUnit, KommunUnitId, "Socialpsykiatrin", "Från januari"),
                        Activity("Följer med till träffpunkten", ResponsibleKind.Relative, null, "Syster Lisa", "Varje tisdag"),
                    ]),
            ],
            "Ring psykiatrins akutmottagning; Lisa kontaktar Karin",
            KommunCoordinator(),
            FollowUpOn,
            "Tandvård: remiss till folktandvården");

    public static PlanApproval Approval(string approvedBy = "Tolvan Tolvansson", DateOnly? approvedOn = null) =>
        new(approvedBy, ApprovalMethod.AtMeeting, approvedOn ?? MeetingOn);

    /// <summary>A follow-up of <paramref name="of"/>'s agreed plan; unless told otherwise it assesses
    /// every goal by its id, the first partly met and the rest met.</summary>
    public static FollowUp FollowUp(
        SipCase of,
        FollowUpOutcome outcome = FollowUpOutcome.Continue,
        DateOnly? nextFollowUpOn = null,
        CloseReason? closeReason = null,
        IReadOnlyList<GoalAssessment>? assessments = null,
        DateOnly? heldOn = null) =>
        new(
            heldOn ?? FollowUpOn,
            0,
            assessments ?? AssessAll(of),
            "  Tolvan är nöjd  ",
            outcome,
            outcome == FollowUpOutcome.Continue && nextFollowUpOn is null ? FollowUpOn.AddDays(90) : nextFollowUpOn,
            closeReason);

    public static IReadOnlyList<GoalAssessment> AssessAll(SipCase of)
    {
        ArgumentNullException.ThrowIfNull(of);
        var goals = of.AgreedPlan?.Content.Goals ?? [];
        return goals.Select((g, i) => i == 0 ? new GoalAssessment(g.Id, GoalFulfilment.PartlyMet, "Sover bättre") : new GoalAssessment(g.Id, GoalFulfilment.Met, null)).ToList();
    }

    /// <summary>The id of the agreed plan's goal at <paramref name="position"/>.</summary>
    public static Guid GoalId(SipCase of, int position) => of.AgreedPlan!.Content.Goals[position].Id;
}
