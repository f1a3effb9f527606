using Samplan.Domain.Actors;
using Samplan.Domain.Common;
using Samplan.Domain.People;

namespace Samplan.Domain.Cases;

/// <summary>
/// The SIP case aggregate: one coordinated individual plan process for one person. Every change
/// is a transition method that checks its rules and refuses with the reasons, changing nothing.
/// </summary>
public sealed partial class SipCase
{
    private const string Lifecycle = "LIFECYCLE";
    private readonly List<CaseUnit> _units = [];
    private readonly List<CaseEvent> _history = [];
    private readonly List<CaseChanged> _pendingEvents = [];

    private SipCase()
    {
        Initiative = null!;
        Initiator = null!;
    }

    public Guid Id { get; private set; }

    public Guid IndividualId { get; private set; }

    public CasePhase Phase { get; private set; }

    public Initiative Initiative { get; private set; }

    public StaffRef Initiator { get; private set; }

    public Guid InitiatingUnitId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public Consent? Consent { get; private set; }

    public Preparation? Preparation { get; private set; }

    /// <summary>The individual's own preparation, in their words (R-PREP-4). It is theirs, not the
    /// professional's: it is saved on its own, so neither overwrites or blocks the other.</summary>
    public OwnPreparation? OwnPreparation { get; private set; }

    /// <summary>The coordinator from the agreed plan; until then the initiator is responsible (seed 002).</summary>
    public Coordinator? Coordinator { get; private set; }

    public Closure? Closure { get; private set; }

    /// <summary>The date by which the next step is due; null when nothing is due.</summary>
    public DateOnly? NextDueOn { get; private set; }

    /// <summary>The short reference staff can match a masked list row by.</summary>
    public string Reference => CaseReference.For(Id);

    /// <summary>What <see cref="NextDueOn"/> is for.</summary>
    public DueKind? NextDueKind => Deadlines.KindOf(Phase, Initiative, NextDueOn);

    /// <summary>The booked follow-up, from the agreed plan or a later follow-up (R-PLAN-8).</summary>
    public DateOnly? FollowUpDueOn { get; private set; }

    public IReadOnlyList<CaseUnit> Units => _units.AsReadOnly();

    public IReadOnlyList<Invitation> Invitations { get; private set; } = [];

    public IReadOnlyList<Meeting> Meetings { get; private set; } = [];

    public IReadOnlyList<PlanVersion> Plans { get; private set; } = [];

    public IReadOnlyList<FollowUp> FollowUps { get; private set; } = [];

    public IReadOnlyList<CaseEvent> History => _history.AsReadOnly();

    /// <summary>What changed since the case was loaded, not yet saved; cleared once saved.</summary>
    public IReadOnlyList<CaseChanged> PendingEvents => _pendingEvents.AsReadOnly();

    /// <summary>Called by whoever saved the case, once the events are stored with the change.</summary>
    public void ClearPendingEvents() => _pendingEvents.Clear();

    public Invitation? CurrentInvitation => Invitations.Count > 0 ? Invitations[^1] : null;

    public Meeting? CurrentMeeting => Meetings.Count > 0 ? Meetings[^1] : null;

    public PlanVersion? DraftPlan => Plans.LastOrDefault(p => p.Status == PlanStatus.Draft);

    public PlanVersion? AgreedPlan => Plans.LastOrDefault(p => p.Status == PlanStatus.Agreed);

    public bool IsOpen => Phase is not (CasePhase.Closed or CasePhase.ManualHandling);

    /// <summary>The unit that answers for the case now: the coordinator's, else the initiator's.
    /// It always sees the case; the others only while the consent lets information be shared.</summary>
    public Guid ResponsibleUnitId { get; private set; }

    /// <summary>True while a recorded consent lets the participating units share the case
    /// (R-CONSENT-1); false before consent, after withdrawal (R-CONSENT-5) and under manual
    /// handling (R-PROT-1). An expiry date is checked against <see cref="ConsentValidUntil"/>.</summary>
    public bool IsSharedWithParticipants { get; private set; }

    /// <summary>The last day the consent is valid (R-CONSENT-8); null when it is not time-limited.</summary>
    public DateOnly? ConsentValidUntil { get; private set; }

    /// <summary>Whether a participating unit other than the responsible one may see the case today.</summary>
    public bool IsSharedOn(DateOnly date) => IsSharedWithParticipants && (ConsentValidUntil is null || date <= ConsentValidUntil);

    /// <summary>Whether the unit may see the case on the date: it must take part, and unless it is
    /// the responsible unit, the consent must cover sharing.</summary>
    public bool IsVisibleTo(Guid unitId, DateOnly date) =>
        Involves(unitId) && (unitId == ResponsibleUnitId || IsSharedOn(date));

    public bool Involves(Guid unitId) => _units.Any(u => u.UnitId == unitId);

    public static SipCase Initiate(Guid id, Individual individual, Initiative initiative, StaffRef by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(individual);
        ArgumentNullException.ThrowIfNull(initiative);
        ArgumentNullException.ThrowIfNull(by);
        if (individual.HasProtectedIdentity)
        {
            throw new DomainRuleException("R-PROT-1", "case.protected-identity", "Personnummer");
        }

        var today = Today(now);
        new Rules()
            .RequireText(initiative.Reason, "R-INIT-2", "initiative.reason-missing", nameof(Initiative.Reason))
            .Require(initiative.NeedIdentifiedOn <= today, "R-INIT-2", "initiative.identified-in-future", nameof(Initiative.NeedIdentifiedOn))
            .Require(initiative.FirstContactDays is >= 0 and <= Deadlines.MaxFirstContactDays, "R-INIT-4", "initiative.first-contact-days", nameof(Initiative.FirstContactDays))
            .Require(initiative.DischargeReadyOn is null || initiative.DischargeReadyOn >= initiative.NeedIdentifiedOn.AddDays(-60), "R-INIT-5", "initiative.discharge-date-implausible", nameof(Initiative.DischargeReadyOn))
            .ThrowIfAny();

        var sipCase = new SipCase
        {
            Id = id,
            IndividualId = individual.Id,
            Phase = CasePhase.Initiated,
            Initiative = initiative with { Reason = initiative.Reason.Trim() },
            Initiator = by,
            InitiatingUnitId = by.UnitId,
            ResponsibleUnitId = by.UnitId,
            CreatedAt = now,
        };
        sipCase._units.Add(new CaseUnit(by.UnitId, CaseUnitRole.Initiating));
        sipCase.Record(CaseEventKind.Initiated, by, now);
        sipCase.RefreshNextDue();
        return sipCase;
    }

    /// <summary>Records consent or the cannot-consent path (R-CONSENT-1..6) and opens preparation.
    /// The individual or a proxy may record only the consent that is theirs to give.</summary>
    public void RecordConsent(Consent consent, Individual individual, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(consent);
        ArgumentNullException.ThrowIfNull(individual);
        ArgumentNullException.ThrowIfNull(by);
        EnsurePhase(CasePhase.Initiated);
        if (individual.Id != IndividualId)
        {
            throw new ArgumentException("Consent must come from the case's own individual.", nameof(individual));
        }

        if (individual.HasProtectedIdentity)
        {
            throw new DomainRuleException("R-PROT-1", "case.protected-identity");
        }

        var rules = new Rules();
        ActorRules.CheckActsFor(rules, by, individual, Today(now));
        ActorRules.CheckConsentGiver(rules, by, consent.Kind);
        ConsentRules.Check(rules, consent, individual, Today(now));
        rules.ThrowIfAny();

        // Whatever was typed as "given by" on this path, nobody consented: what is recorded is who
        // gave the account of the person's attitude (R-CONSENT-3).
        if (consent.Kind == ConsentKind.CannotConsent)
        {
            consent = consent with { GivenBy = consent.AttitudeSource!.Trim(), ChildAlsoConsented = false };
        }
        else
        {
            consent = consent with { AttitudeSourceKind = null };
        }

        if (consent.Kind != ConsentKind.GivenByGuardians)
        {
            consent = consent with { GuardianPersonnummer = [] };
        }

        Consent = consent with { RecordedBy = by.Staff, RecordedAt = now, WithdrawnAt = null, WithdrawnNote = null };
        IsSharedWithParticipants = true;
        ConsentValidUntil = consent.ValidUntil;
        Phase = CasePhase.Preparing;
        Record(CaseEventKind.ConsentRecorded, by, now, consent.Kind.ToString());
        RefreshNextDue();
    }

    /// <summary>The consent is withdrawn: sharing stops and the SIP ends at once (R-CONSENT-5, R-END-1).</summary>
    public void WithdrawConsent(string? note, StaffRef by, DateTimeOffset now)
    {
        EnsureOpen();
        if (Consent is null || Consent.WithdrawnAt is not null)
        {
            throw new DomainRuleException("R-CONSENT-5", "consent.none-to-withdraw");
        }

        Consent = Consent with { WithdrawnAt = now, WithdrawnNote = note?.Trim() };
        IsSharedWithParticipants = false;
        Closure = new Closure(CloseReason.ConsentWithdrawn, note?.Trim(), now, by);
        Phase = CasePhase.Closed;
        Record(CaseEventKind.ConsentWithdrawn, by, now);
        RefreshNextDue();
    }

    /// <summary>Preparation with the individual (R-PREP-1..6); only after consent (R-CONSENT-1).</summary>
    // The remaining transitions are a professional's work for a unit: they take a StaffRef.
    public void SavePreparation(Preparation preparation, StaffRef by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(preparation);
        EnsureConsentThen(now, CasePhase.Preparing, CasePhase.Invited);
        if (Phase == CasePhase.Invited)
        {
            new Rules()
                .RequireText(preparation.Purpose, "R-CALL-1", "invitation.purpose-missing", nameof(Preparation.Purpose))
                .RequireText(preparation.Goal, "R-CALL-1", "invitation.goal-missing", nameof(Preparation.Goal))
                .ThrowIfAny();
        }

        Preparation = preparation;
        Record(CaseEventKind.PreparationSaved, by, now);
    }

    /// <summary>The individual's own preparation (R-PREP-4), written down with them or by them or
    /// their proxy; whenever the professional's preparation may be edited, so may this.</summary>
    public void SaveOwnPreparation(OwnPreparation own, Individual individual, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(own);
        ArgumentNullException.ThrowIfNull(individual);
        ArgumentNullException.ThrowIfNull(by);
        if (individual.Id != IndividualId)
        {
            throw new ArgumentException("The own preparation is the case's own individual's.", nameof(individual));
        }

        EnsureConsentThen(now, CasePhase.Preparing, CasePhase.Invited);
        var rules = new Rules();
        ActorRules.CheckActsFor(rules, by, individual, Today(now));
        rules.ThrowIfAny();
        OwnPreparation = own;
        Record(CaseEventKind.OwnPreparationSaved, by, now);
    }

    /// <summary>Sends the invitation (R-CALL-1..6); invited units take part in the case from now on.
    /// Only a professional for a unit sends it: the individual or a proxy is refused.</summary>
    public void SendInvitation(Invitation invitation, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(by);
        var sender = ActorRules.RequireProfessional(by);
        EnsureConsentThen(now, CasePhase.Preparing);
        var rules = new Rules();
        InvitationRules.Check(rules, Preparation, invitation, Today(now));
        PartIds.CheckUnique(rules, invitation.Invitees.Select(i => i.Id), "R-CALL-4", nameof(Invitation.Invitees));
        rules.ThrowIfAny();

        Invitations = [.. Invitations, PartIds.Mint(invitation) with { SentAt = now, SentBy = sender }];
        foreach (var unitId in invitation.Invitees.Where(i => i.UnitId is not null).Select(i => i.UnitId!.Value).Distinct())
        {
            AddUnit(unitId, CaseUnitRole.Invited);
        }

        Phase = CasePhase.Invited;
        Record(CaseEventKind.InvitationSent, by, now, invitation.MeetingDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        RefreshNextDue();
    }

    /// <summary>Records the meeting as held (R-MEET-1..2) and opens the plan draft.</summary>
    public void RecordMeeting(Meeting meeting, StaffRef by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        EnsureConsentThen(now, CasePhase.Invited);
        var rules = new Rules()
            .Require(meeting.HeldOn <= Today(now), "R-MEET-1", "meeting.held-in-future", nameof(Meeting.HeldOn))
            .RequireText(meeting.Chair, "R-MEET-2", "meeting.chair-missing", nameof(Meeting.Chair))
            .RequireText(meeting.Secretary, "R-MEET-2", "meeting.secretary-missing", nameof(Meeting.Secretary))
            .Require(meeting.Participants.Any(p => p.Present), "R-MEET-1", "meeting.no-participants-present", nameof(Meeting.Participants));
        for (var i = 0; i < meeting.Participants.Count; i++)
        {
            rules.RequireText(meeting.Participants[i].Name, "R-MEET-1", "meeting.participant-name-missing", $"{nameof(Meeting.Participants)}[{i}].{nameof(MeetingParticipant.Name)}");
            // A participant speaks for a unit the case already knows (taking part, or invited):
            // naming any other unit would put it in the record of a SIP it was never part of.
            rules.Require(meeting.Participants[i].UnitId is not { } unit || KnowsUnit(unit), "R-MEET-1", "meeting.participant-unit-unknown", $"{nameof(Meeting.Participants)}[{i}].{nameof(MeetingParticipant.UnitId)}");
        }

        PartIds.CheckUnique(rules, meeting.Participants.Select(p => p.Id), "R-MEET-1", nameof(Meeting.Participants));
        rules.ThrowIfAny();

        Meetings = [.. Meetings, PartIds.Mint(meeting) with { RecordedAt = now, RecordedBy = by }];
        if (DraftPlan is null)
        {
            // A revision copies the agreed content with its ids, so goals stay the same goals.
            var content = AgreedPlan is { } agreed ? agreed.Content with { FollowUpOn = null } : PlanContent.Empty;
            Plans = [.. Plans, new PlanVersion(Plans.Count + 1, PlanStatus.Draft, content, now)];
        }

        Phase = CasePhase.PlanDraft;
        Record(CaseEventKind.MeetingRecorded, by, now);
        RefreshNextDue();
    }

    private bool KnowsUnit(Guid unitId) =>
        _units.Any(u => u.UnitId == unitId) || (CurrentInvitation?.Invitees.Any(i => i.UnitId == unitId) ?? false);

    private static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.DateTime);
}
