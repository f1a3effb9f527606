using Samplan.Domain.Common;
using Samplan.Domain.Directory;

namespace Samplan.Domain.Cases;

/// <summary>What an agreed plan must hold (R-PLAN-1..10).</summary>
internal static class PlanRules
{
    public static void CheckForAgreement(Rules rules, PlanContent plan, PlanApproval approval, string givenName, DateOnly today)
    {
        rules.RequireText(plan.OwnGoals, "R-PLAN-1", "plan.own-goals-missing", nameof(PlanContent.OwnGoals))
             .RequireText(plan.Resources, "R-PLAN-2", "plan.resources-missing", nameof(PlanContent.Resources))
             .Require(plan.Goals.Count > 0, "R-PLAN-3", "plan.no-needs", nameof(PlanContent.Goals))
             .RequireText(plan.IfWorse, "R-PLAN-6", "plan.if-worse-missing", nameof(PlanContent.IfWorse))
             .Require(plan.Coordinator is not null, "R-PLAN-7", "plan.coordinator-missing", nameof(PlanContent.Coordinator))
             .Require(plan.FollowUpOn is not null, "R-PLAN-8", "plan.follow-up-missing", nameof(PlanContent.FollowUpOn))
             .Require(plan.FollowUpOn is null || plan.FollowUpOn > today, "R-PLAN-8", "plan.follow-up-in-past", nameof(PlanContent.FollowUpOn))
             .RequireText(approval.ApprovedBy, "R-PLAN-10", "plan.approver-missing", nameof(PlanApproval.ApprovedBy))
             .Require(approval.ApprovedOn <= today, "R-PLAN-10", "plan.approved-in-future", nameof(PlanApproval.ApprovedOn));

        if (plan.Coordinator is { } coordinator)
        {
            rules.RequireText(coordinator.Name, "R-PLAN-7", "plan.coordinator-name-missing", "Coordinator.Name")
                 .Require(coordinator.OrganisationKind != OrganisationKind.OtherActor, "R-PLAN-7", "plan.coordinator-not-huvudman", nameof(PlanContent.Coordinator));
        }

        for (var i = 0; i < plan.Goals.Count; i++)
        {
            CheckGoal(rules, plan.Goals[i], givenName, $"{nameof(PlanContent.Goals)}[{i}]");
        }
    }

    private static void CheckGoal(Rules rules, PlanGoal goal, string givenName, string prefix)
    {
        // A goal the individual wants in their own words is theirs, not the professionals' (R-PLAN-1).
        var duForm = string.IsNullOrWhiteSpace(goal.Goal) || goal.KeptAsWritten ? DuForm.Verdict.Accepted : DuForm.Check(goal.Goal, givenName);
        rules.RequireText(goal.Need, "R-PLAN-3", "plan.need-missing", $"{prefix}.{nameof(PlanGoal.Need)}")
             .RequireText(goal.Goal, "R-PLAN-4", "plan.goal-missing", $"{prefix}.{nameof(PlanGoal.Goal)}")
             .Require(duForm.InDuForm, "R-PLAN-4", "plan.goal-not-du-form", $"{prefix}.{nameof(PlanGoal.Goal)}", duForm.Suggestion)
             .Require(goal.Activities.Count > 0, "R-PLAN-5", "plan.goal-without-activity", $"{prefix}.{nameof(PlanGoal.Activities)}");

        for (var j = 0; j < goal.Activities.Count; j++)
        {
            var activity = goal.Activities[j];
            var at = $"{prefix}.{nameof(PlanGoal.Activities)}[{j}]";
            var needsUnit = activity.Responsible is ResponsibleKind.RegionUnit or ResponsibleKind.KommunUnit;
            rules.RequireText(activity.What, "R-PLAN-5", "plan.activity-what-missing", $"{at}.{nameof(PlanActivity.What)}")
                 .Require(!string.IsNullOrWhiteSpace(activity.ResponsibleName) || activity.ResponsibleUnitId is not null, "R-PLAN-5", "plan.activity-responsible-missing", $"{at}.{nameof(PlanActivity.ResponsibleName)}")
                 .Require(!needsUnit || activity.ResponsibleUnitId is not null, "R-PLAN-5", "plan.activity-unit-missing", $"{at}.{nameof(PlanActivity.ResponsibleUnitId)}")
                 .RequireText(activity.TimePlan, "R-PLAN-5", "plan.activity-time-missing", $"{at}.{nameof(PlanActivity.TimePlan)}");
        }
    }
}
