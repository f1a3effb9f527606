using Samplan.Domain.Cases;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Plans;

/// <summary>What the plan partial needs: the version and the units to name.</summary>
public sealed record PlanView(PlanVersion Plan, IReadOnlyList<UnitInfo> Units, int HeadingLevel = 3)
{
    public string UnitName(Guid? id) => Units.FirstOrDefault(u => u.Id == id)?.Name ?? "–";

    public string OrganisationName(Guid id) => Units.FirstOrDefault(u => u.OrganisationId == id)?.OrganisationName ?? "–";
}
