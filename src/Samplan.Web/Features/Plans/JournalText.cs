using System.Globalization;
using System.Text;
using Samplan.Domain.Cases;
using Samplan.Web.Localization;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Plans;

/// <summary>
/// The agreed plan as a short text a professional copies into their own record system (R-DOC-3:
/// each participant documents in its own record; the plan does not replace it). The acting unit's
/// own activities come first, under the goals they serve; then the rest of the plan in brief. It
/// does not name the individual: it goes into their own record, and the case reference ties it to
/// the SIP.
/// </summary>
public static class JournalText
{
    public static string For(SipCase sipCase, PlanVersion plan, Guid unitId, Func<Guid?, string> unitName, Uri caseUrl)
    {
        ArgumentNullException.ThrowIfNull(sipCase);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(unitName);
        ArgumentNullException.ThrowIfNull(caseUrl);
        var content = plan.Content;
        var text = new StringBuilder();
        var agreed = plan.AgreedAt is { } at ? $", {T("fastställd", "agreed")} {DateTime(at)}" : string.Empty;
        text.AppendLine(CultureInfo.InvariantCulture, $"{T("Samordnad individuell plan (SIP)", "Coordinated individual plan (SIP)")} {sipCase.Reference}, {T("version", "version")} {plan.Number}{agreed}.");
        if (content.Coordinator is { } coordinator)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{T("Samordnare", "Coordinator")}: {coordinator.Name}, {unitName(coordinator.UnitId)}.");
        }

        if (content.FollowUpOn is { } followUp)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{T("Uppföljning", "Follow-up")}: {followUp.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.");
        }

        var own = content.Goals
            .Select(g => (Goal: g, Activities: g.Activities.Where(a => a.ResponsibleUnitId == unitId).ToList()))
            .Where(g => g.Activities.Count > 0)
            .ToList();
        text.AppendLine();
        text.AppendLine(T("Våra insatser enligt planen:", "Our activities in the plan:"));
        if (own.Count == 0)
        {
            text.AppendLine(T("- Inga insatser är på vår enhet.", "- No activity is on our unit."));
        }

        foreach (var (goal, activities) in own)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {T("Mål", "Goal")}: {Line(goal.Goal)}");
            foreach (var activity in activities)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  - {Line(activity.What)} ({T("tidsplan", "time plan")}: {Line(activity.TimePlan)})");
            }
        }

        var others = content.Goals.SelectMany(g => g.Activities.Where(a => a.ResponsibleUnitId != unitId)).ToList();
        text.AppendLine();
        text.AppendLine(T("Planens mål:", "The plan's goals:"));
        foreach (var goal in content.Goals)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {EnumText.Of(goal.Domain)}: {Line(goal.Goal)}");
        }

        if (others.Count > 0)
        {
            text.AppendLine();
            text.AppendLine(T("Andras insatser:", "Others' activities:"));
            foreach (var activity in others)
            {
                var who = activity.ResponsibleUnitId is { } unit ? unitName(unit)
                    : activity.Responsible == ResponsibleKind.Individual ? T("den enskilde", "the individual")
                    : activity.ResponsibleName;
                text.AppendLine(CultureInfo.InvariantCulture, $"- {Line(activity.What)}: {Line(who)} ({Line(activity.TimePlan)})");
            }
        }

        text.AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"{T("Hela planen finns i Samplan", "The whole plan is in Samplan")}: {caseUrl}");
        return text.ToString();
    }

    /// <summary>Free text on one line, so the summary keeps its shape when pasted.</summary>
    private static string Line(string? text) =>
        string.Join(' ', (text ?? string.Empty).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
