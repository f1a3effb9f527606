using Microsoft.AspNetCore.Mvc;
using Samplan.Domain.Access;
using Samplan.Domain.Cases;
using Samplan.Domain.Directory;
using Samplan.Web.Auditing;
using Samplan.Web.Features.Cases;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Plans;

/// <summary>The plan as one document, for paper and for the shared screen at the meeting
/// (R-DOC-1, R-DOC-2, R-DOC-4). Read-only.</summary>
public sealed class PrintModel(CaseRepository cases, UnitDirectory units, CurrentStaff staff, SwedishClock clock) : CasePageModel(cases)
{
    protected override CaseOperation Operation => CaseOperation.Read;

    /// <summary>Showing the plan as a document is logged as printing it.</summary>
    protected override AuditAction ReadAction => AuditAction.PlanPrinted;

    /// <summary>Read-only: nothing on this page is saved.</summary>
    protected override CaseLoad Load => CaseLoad.ForReading;

    /// <summary>The version shown; null when the case has no plan yet.</summary>
    public PlanVersion? Plan { get; private set; }

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    public DateTimeOffset PrintedAt { get; private set; }

    public string PrintedBy { get; private set; } = string.Empty;

    public string PrintedFor { get; private set; } = string.Empty;

    /// <summary>The activities grouped by who carries them out: the region, the municipality,
    /// others (R-DOC-1).</summary>
    public IReadOnlyList<ActivityGroup> ActivityGroups { get; private set; } = [];

    public string UnitName(Guid? id) => Units.FirstOrDefault(u => u.Id == id)?.Name ?? "–";

    public async Task<IActionResult> OnGetAsync(int? version, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (version is { } number)
        {
            Plan = Case.Plans.FirstOrDefault(p => p.Number == number);
            if (Plan is null)
            {
                return NotFound();
            }
        }
        else
        {
            Plan = Case.AgreedPlan ?? Case.DraftPlan;
        }

        Units = await units.ForCaseAsync(Case, cancellationToken);
        PrintedAt = clock.Now;
        PrintedBy = staff.Name;
        PrintedFor = staff.UnitName;
        if (Plan is not null)
        {
            ActivityGroups = GroupActivities(Plan.Content);
        }

        return Page();
    }

    private List<ActivityGroup> GroupActivities(PlanContent content)
    {
        var rows = content.Goals
            .SelectMany((goal, index) => goal.Activities.Select(activity => new ActivityRow(index + 1, activity, Units.FirstOrDefault(u => u.Id == activity.ResponsibleUnitId))))
            .ToList();
        return Enum.GetValues<ActivityOwner>()
            .Select(owner => new ActivityGroup(owner, rows.Where(r => OwnerOf(r) == owner).ToList()))
            .Where(g => g.Rows.Count > 0)
            .ToList();
    }

    /// <summary>By the unit's organisation when a unit is named, else by the kind chosen.</summary>
    private static ActivityOwner OwnerOf(ActivityRow row) => row.Unit?.Kind switch
    {
        OrganisationKind.Region => ActivityOwner.Region,
        OrganisationKind.Kommun => ActivityOwner.Kommun,
        OrganisationKind.OtherActor => ActivityOwner.Others,
        null => row.Activity.Responsible switch
        {
            ResponsibleKind.RegionUnit => ActivityOwner.Region,
            ResponsibleKind.KommunUnit => ActivityOwner.Kommun,
            ResponsibleKind.OtherActor => ActivityOwner.Others,
            ResponsibleKind.Individual or ResponsibleKind.Relative => ActivityOwner.IndividualAndRelatives,
        },
    };
}

public enum ActivityOwner
{
    Region,
    Kommun,
    Others,
    IndividualAndRelatives,
}

public sealed record ActivityRow(int GoalNumber, PlanActivity Activity, UnitInfo? Unit);

public sealed record ActivityGroup(ActivityOwner Owner, IReadOnlyList<ActivityRow> Rows);
