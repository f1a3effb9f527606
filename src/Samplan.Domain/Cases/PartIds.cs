using Samplan.Domain.Common;

namespace Samplan.Domain.Cases;

/// <summary>
/// Where the ids of a case's parts (goals, sub-goals, activities, invitations, invitees, meetings,
/// participants) are minted and checked. The domain mints them rather than the web layer: it is
/// the one place every form, the demo data and any later import pass through, and only the case
/// knows which ids a save may name. An empty id means "new" and gets a fresh one; a non-empty id
/// the case does not know is refused, never quietly replaced, since it means the row was removed
/// meanwhile (or the post was tampered with) and keeping its text under another id would be a guess.
/// </summary>
internal static class PartIds
{
    public static Guid OrNew(Guid id) => id == Guid.Empty ? Guid.NewGuid() : id;

    /// <summary>The draft's goals, sub-goals and activities keep their ids when posted back;
    /// posted ids must be ones the draft holds, each used once.</summary>
    public static void CheckDraft(Rules rules, PlanContent posted, PlanContent draft)
    {
        var goals = draft.Goals.Select(g => g.Id).ToHashSet();
        var subGoals = draft.Goals.SelectMany(g => g.SubGoals).Select(s => s.Id).ToHashSet();
        var activities = draft.Goals.SelectMany(g => g.Activities).Select(a => a.Id).ToHashSet();
        var seen = new HashSet<Guid>();
        for (var i = 0; i < posted.Goals.Count; i++)
        {
            var goal = posted.Goals[i];
            var at = $"{nameof(PlanContent.Goals)}[{i}]";
            Check(rules, goal.Id, goals, seen, at);
            for (var j = 0; j < goal.SubGoals.Count; j++)
            {
                Check(rules, goal.SubGoals[j].Id, subGoals, seen, $"{at}.{nameof(PlanGoal.SubGoals)}[{j}]");
            }

            for (var j = 0; j < goal.Activities.Count; j++)
            {
                Check(rules, goal.Activities[j].Id, activities, seen, $"{at}.{nameof(PlanGoal.Activities)}[{j}]");
            }
        }
    }

    public static PlanContent Mint(PlanContent content) => content with
    {
        Goals = content.Goals.Select(g => g with
        {
            Id = OrNew(g.Id),
            SubGoals = g.SubGoals.Select(s => s with { Id = OrNew(s.Id) }).ToList(),
            Activities = g.Activities.Select(a => a with { Id = OrNew(a.Id) }).ToList(),
        }).ToList(),
    };

    /// <summary>An invitation and a meeting are written once, as a whole, so every id in them is
    /// new: the form may mint them when it is first shown (so a re-shown form keeps its rows), and
    /// only a repeated id is refused.</summary>
    public static void CheckUnique(Rules rules, IEnumerable<Guid> ids, string rule, string field)
    {
        var nonEmpty = ids.Where(id => id != Guid.Empty).ToList();
        rules.Require(nonEmpty.Distinct().Count() == nonEmpty.Count, rule, "case.part-id-repeated", field);
    }

    public static Invitation Mint(Invitation invitation) => invitation with
    {
        Id = OrNew(invitation.Id),
        Invitees = invitation.Invitees.Select(i => i with { Id = OrNew(i.Id) }).ToList(),
    };

    public static Meeting Mint(Meeting meeting) => meeting with
    {
        Id = OrNew(meeting.Id),
        Participants = meeting.Participants.Select(p => p with { Id = OrNew(p.Id) }).ToList(),
    };

    private static void Check(Rules rules, Guid id, HashSet<Guid> known, HashSet<Guid> seen, string field)
    {
        if (id == Guid.Empty)
        {
            return;
        }

        // R-PLAN-11: a version's parts keep who they are; a draft changes only the parts it holds.
        rules.Require(known.Contains(id), "R-PLAN-11", "plan.part-unknown", field)
             .Require(seen.Add(id), "R-PLAN-11", "case.part-id-repeated", field);
    }
}
