using Samplan.Domain.Common;

namespace Samplan.Domain.Cases;

internal static class FollowUpRules
{
    public static void Check(Rules rules, FollowUp followUp, PlanVersion agreed, DateOnly today)
    {
        rules.Require(followUp.HeldOn <= today, "R-FU-1", "follow-up.held-in-future", nameof(FollowUp.HeldOn));

        // Goals are named by id: after a revision removed or added goals, a position would name another goal.
        var goals = agreed.Content.Goals;
        for (var i = 0; i < goals.Count; i++)
        {
            var count = followUp.Assessments.Count(a => a.GoalId == goals[i].Id);
            rules.Require(count == 1, "R-FU-1", "follow-up.goal-not-assessed", $"{nameof(FollowUp.Assessments)}[{i}]");
        }

        rules.Require(followUp.Assessments.All(a => goals.Any(g => g.Id == a.GoalId)), "R-FU-1", "follow-up.unknown-goal", nameof(FollowUp.Assessments));

        switch (followUp.Outcome)
        {
            case FollowUpOutcome.Continue:
                rules.Require(followUp.NextFollowUpOn is not null, "R-PLAN-8", "follow-up.next-date-missing", nameof(FollowUp.NextFollowUpOn))
                     .Require(followUp.NextFollowUpOn is null || followUp.NextFollowUpOn > today, "R-PLAN-8", "follow-up.next-date-in-past", nameof(FollowUp.NextFollowUpOn));
                break;
            case FollowUpOutcome.Close:
                rules.Require(followUp.CloseReason is CloseReason.GoalsMet or CloseReason.NoLongerNeeded, "R-END-1", "follow-up.close-reason-missing", nameof(FollowUp.CloseReason));
                break;
            case FollowUpOutcome.Revise:
            case FollowUpOutcome.NewSip:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(followUp), followUp.Outcome, "Unknown outcome.");
        }
    }
}
