using Samplan.Domain.Common;

namespace Samplan.Domain.Cases;

public sealed partial class SipCase
{
    /// <summary>Closes the case with a reason (R-END-1); only the responsible unit may (R-END-2).</summary>
    public void Close(CloseReason reason, string? note, StaffRef by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (Phase == CasePhase.Closed)
        {
            throw new DomainRuleException(Lifecycle, "case.already-closed");
        }

        new Rules()
            .Require(reason != CloseReason.ConsentWithdrawn, "R-CONSENT-5", "close.use-withdraw-consent", "Reason")
            .Require(reason != CloseReason.Other || !string.IsNullOrWhiteSpace(note), "R-END-1", "close.note-required", "Note")
            .Require(by.UnitId == ResponsibleUnitId, "R-END-2", "close.only-coordinator", "Reason")
            .ThrowIfAny();

        CloseAs(reason, note, by, now);
        RefreshNextDue();
    }

    /// <summary>Exactly the next steps that the case's phase allows.</summary>
    public IReadOnlyList<CaseAction> AvailableActions() => Phase switch
    {
        CasePhase.Initiated => [CaseAction.RecordConsent, CaseAction.Close],
        CasePhase.Preparing => [CaseAction.EditPreparation, CaseAction.SendInvitation, CaseAction.WithdrawConsent, CaseAction.Close],
        CasePhase.Invited => [CaseAction.RecordMeeting, CaseAction.EditPreparation, CaseAction.WithdrawConsent, CaseAction.Close],
        CasePhase.PlanDraft => [CaseAction.EditPlan, CaseAction.AgreePlan, CaseAction.WithdrawConsent, CaseAction.Close],
        CasePhase.Active => [CaseAction.RecordFollowUp, CaseAction.WithdrawConsent, CaseAction.Close],
        CasePhase.ManualHandling => [CaseAction.Close],
        CasePhase.Closed => [],
    };

    private void CloseAs(CloseReason reason, string? note, StaffRef by, DateTimeOffset now)
    {
        Closure = new Closure(reason, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), now, by);
        Phase = CasePhase.Closed;
        Record(CaseEventKind.Closed, by, now, reason.ToString());
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new DomainRuleException(Lifecycle, "case.not-open");
        }
    }

    private void EnsurePhase(params CasePhase[] allowed)
    {
        if (!allowed.Contains(Phase))
        {
            throw new DomainRuleException(Lifecycle, $"transition.not-allowed-in-{Phase.ToString().ToLowerInvariant()}");
        }
    }

    /// <summary>Nothing about the meeting or plan may be handled before consent (R-CONSENT-1) or
    /// after it has expired (R-CONSENT-8).</summary>
    private void EnsureConsentThen(DateTimeOffset now, params CasePhase[] allowed)
    {
        if (Phase == CasePhase.Initiated)
        {
            throw new DomainRuleException("R-CONSENT-1", "consent.required-first");
        }

        EnsurePhase(allowed);
        if (Consent is { } consent && !consent.IsInForceOn(Today(now)))
        {
            throw new DomainRuleException("R-CONSENT-8", "consent.expired");
        }
    }

    private void AddUnit(Guid unitId, CaseUnitRole role)
    {
        if (!_units.Any(u => u.UnitId == unitId && u.Role == role))
        {
            _units.Add(new CaseUnit(unitId, role));
        }
    }

    private void Record(CaseEventKind kind, Actors.Actor by, DateTimeOffset now, string? detail = null)
    {
        var e = new CaseEvent(now, kind, by.Name, by.UnitId, detail)
        {
            Position = _history.Count + 1,
            ActorKind = by.Kind,
            OnBehalfOfIndividualId = by.IndividualId,
            ProxyRelation = by.Relation,
        };
        _history.Add(e);
        _pendingEvents.Add(new CaseChanged(Id, IndividualId, e));
    }

    /// <summary>A first draft starts at the meeting; a revision starts at the follow-up that asked for it.</summary>
    private DateOnly PlanDraftStartedOn()
    {
        var meetingDay = CurrentMeeting?.HeldOn ?? Today(DraftPlan?.CreatedAt ?? CreatedAt);
        return FollowUps.Count > 0 && FollowUps[^1].HeldOn > meetingDay ? FollowUps[^1].HeldOn : meetingDay;
    }

    private void RefreshNextDue() => NextDueOn = Phase switch
    {
        CasePhase.Initiated => Deadlines.FirstStepDue(Initiative),
        CasePhase.Preparing => FollowUps.Count > 0
            ? FollowUps[^1].HeldOn.AddDays(Initiative.FirstContactDays)
            : Deadlines.FirstStepDue(Initiative),
        CasePhase.Invited => CurrentInvitation?.MeetingDate,
        CasePhase.PlanDraft => PlanDraftStartedOn().AddDays(Deadlines.PlanAgreementDays),
        CasePhase.Active => FollowUpDueOn,
        CasePhase.Closed or CasePhase.ManualHandling => null,
    };
}
