using Samplan.Domain.Directory;

namespace Samplan.Bench;

/// <summary>Whom the measurements act as: the busiest unit (worst case), a typical unit, and the
/// person whose access log the auditor extracts.</summary>
internal sealed record BenchSubjects(BenchUnit Busy, int BusyCases, BenchUnit Typical, int TypicalCases, AuditSubject Person)
{
    public static BenchSubjects Choose(GeneratedData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var units = data.Directory.Units;
        var busy = units.MaxBy(u => data.CasesPerUnit[u.Index])!;
        var ordinary = units
            .Where(u => !u.IsBusy && u.Kind != OrganisationKind.OtherActor && data.CasesPerUnit[u.Index] > 0)
            .OrderBy(u => data.CasesPerUnit[u.Index])
            .ToList();
        var typical = ordinary.Count > 0 ? ordinary[ordinary.Count / 2] : busy;
        var subjectCase = data.Cases.First(c => c.ResponsibleIndex == busy.Index && c.Target is CaseTarget.Active or CaseTarget.ActiveFollowedUp);
        return new BenchSubjects(busy, data.CasesPerUnit[busy.Index], typical, data.CasesPerUnit[typical.Index], new AuditSubject(subjectCase.IndividualId, subjectCase.Id, busy));
    }
}
