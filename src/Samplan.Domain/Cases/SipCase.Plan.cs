using Samplan.Domain.Actors;
using Samplan.Domain.Common;

namespace Samplan.Domain.Cases;

public sealed partial class SipCase
{
    /// <summary>Saves the draft as it stands; completeness is checked when it is agreed. Goals,
    /// sub-goals and activities keep the ids they are posted with; new ones (empty id) get one.</summary>
    public void SavePlanDraft(PlanContent content, StaffRef by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        EnsureConsentThen(now, CasePhase.PlanDraft);
        var draft = DraftPlan ?? throw new InvalidOperationException("A case in plan phase always has a draft.");
        var rules = new Rules();
        PartIds.CheckDraft(rules, content, draft.Content);
        rules.ThrowIfAny();

        var saved = PartIds.Mint(content);
        Plans = Plans.Select(p => p.Number == draft.Number ? p with { Content = saved } : p).ToList();
        Record(CaseEventKind.PlanSaved, by, now, draft.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The individual approves the draft (R-PLAN-10); it becomes the agreed version, which
    /// never changes again (R-PLAN-11), and the coordinator takes over (R-PLAN-7). The individual
    /// is needed to tell a goal written to them from one written about them by name (R-PLAN-4).
    /// The approval may be recorded by a professional, the individual or their proxy.</summary>
    public void AgreePlan(PlanApproval approval, People.Individual individual, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(approval);
        ArgumentNullException.ThrowIfNull(individual);
        if (individual.Id != IndividualId)
        {
            throw new ArgumentException("The plan is agreed by the case's own individual.", nameof(individual));
        }

        EnsureConsentThen(now, CasePhase.PlanDraft);
        var draft = DraftPlan ?? throw new InvalidOperationException("A case in plan phase always has a draft.");
        var rules = new Rules();
        ActorRules.CheckActsFor(rules, by, individual, Today(now));
        PlanRules.CheckForAgreement(rules, draft.Content, approval, individual.GivenName, Today(now));
        rules.ThrowIfAny();

        var agreed = draft with
        {
            Status = PlanStatus.Agreed,
            Approval = approval,
            AgreedAt = now,
            AgreedBy = by.Staff,
            ContentHash = PlanContentHash.Of(Id, draft.Number, draft.Content),
        };
        Plans = Plans
            .Select(p => p.Number == draft.Number ? agreed : p.Status == PlanStatus.Agreed ? p with { Status = PlanStatus.Superseded } : p)
            .ToList();

        var coordinator = draft.Content.Coordinator!;
        _units.RemoveAll(u => u.Role == CaseUnitRole.Coordinator && u.UnitId != coordinator.UnitId);
        AddUnit(coordinator.UnitId, CaseUnitRole.Coordinator);
        _units.RemoveAll(u => u.Role == CaseUnitRole.ActivityResponsible);
        foreach (var unitId in draft.Content.Goals.SelectMany(g => g.Activities).Select(a => a.ResponsibleUnitId).OfType<Guid>().Distinct())
        {
            AddUnit(unitId, CaseUnitRole.ActivityResponsible);
        }

        Coordinator = coordinator;
        ResponsibleUnitId = coordinator.UnitId;
        FollowUpDueOn = draft.Content.FollowUpOn;
        Phase = CasePhase.Active;
        Record(CaseEventKind.PlanAgreed, by, now, draft.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        RefreshNextDue();
    }

    /// <summary>Follows up the agreed plan goal by goal (R-FU-1) and acts on the outcome (R-FU-3).</summary>
    public void RecordFollowUp(FollowUp followUp, StaffRef by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        EnsureConsentThen(now, CasePhase.Active);
        var agreed = AgreedPlan ?? throw new InvalidOperationException("An active case always has an agreed plan.");
        var rules = new Rules();
        FollowUpRules.Check(rules, followUp, agreed, Today(now));
        if (followUp.Outcome == FollowUpOutcome.Close)
        {
            rules.Require(by.UnitId == ResponsibleUnitId, "R-END-2", "close.only-coordinator", nameof(FollowUp.Outcome));
        }

        rules.ThrowIfAny();

        FollowUps = [.. FollowUps, followUp with { PlanVersion = agreed.Number, RecordedAt = now, RecordedBy = by }];
        Record(CaseEventKind.FollowUpRecorded, by, now, followUp.Outcome.ToString());
        switch (followUp.Outcome)
        {
            case FollowUpOutcome.Continue:
                FollowUpDueOn = followUp.NextFollowUpOn;
                break;
            case FollowUpOutcome.Revise:
                // The new draft is the agreed content copied, ids and all: its goals stay the same goals.
                Plans = [.. Plans, new PlanVersion(Plans.Count + 1, PlanStatus.Draft, agreed.Content with { FollowUpOn = null }, now)];
                Phase = CasePhase.PlanDraft;
                break;
            case FollowUpOutcome.NewSip:
                Phase = CasePhase.Preparing;
                break;
            case FollowUpOutcome.Close:
                CloseAs(followUp.CloseReason!.Value, followUp.Summary, by, now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(followUp), followUp.Outcome, "Unknown outcome.");
        }

        RefreshNextDue();
    }
}
