using System.Text.RegularExpressions;
using Samplan.Domain.Common;
using Samplan.Domain.Directory;

namespace Samplan.Domain.Cases;

/// <summary>What an agreed plan must hold (R-PLAN-1..10).</summary>
internal static partial class PlanRules
{
    public static void CheckForAgreement(Rules rules, PlanContent plan, PlanApproval approval, DateOnly today)
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
            CheckGoal(rules, plan.Goals[i], $"{nameof(PlanContent.Goals)}[{i}]");
        }
    }

    /// <summary>Goals are written to the individual, in du-form (R-PLAN-4); a goal that speaks
    /// of them in the third person is written for the professionals instead.</summary>
    public static bool IsInDuForm(string goal) => !ThirdPersonSubject().IsMatch(goal) && !NamedInThirdPerson().IsMatch(goal);

    private static void CheckGoal(Rules rules, PlanGoal goal, string prefix)
    {
        rules.RequireText(goal.Need, "R-PLAN-3", "plan.need-missing", $"{prefix}.{nameof(PlanGoal.Need)}")
             .RequireText(goal.Goal, "R-PLAN-4", "plan.goal-missing", $"{prefix}.{nameof(PlanGoal.Goal)}")
             .Require(string.IsNullOrWhiteSpace(goal.Goal) || IsInDuForm(goal.Goal), "R-PLAN-4", "plan.goal-not-du-form", $"{prefix}.{nameof(PlanGoal.Goal)}")
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

    /// <summary>A goal that starts with he/she/they is about the individual, not to them; later in
    /// the sentence these words may well be about someone else ("när hon kommer hem").</summary>
    [GeneratedRegex(@"^\W*(hen|hens|han|hans|hon|hennes|he|she|his|her|they|their)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThirdPersonSubject();

    [GeneratedRegex(@"\b(patienten|patientens|brukaren|brukarens|klienten|klientens|den enskilde|den enskildes|individen|individens|the patient|the patient's|the client|the client's)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedInThirdPerson();
}
