using Samplan.Domain.Common;
using Samplan.Domain.Directory;
using Samplan.Domain.People;

namespace Samplan.Domain.Cases;

public sealed partial class SipCase
{
    private const string MarkRule = "R-PROT-2";
    private const string LiftRule = "R-PROT-3";

    /// <summary>The latest protected-identity mark on the case, lifted or not.</summary>
    public ProtectionMark? Protection { get; private set; }

    /// <summary>
    /// The person got protected personal data (R-PROT-1): every open SIP of theirs, in every
    /// organisation, switches to manual handling. Because one unit decides for cases it may never
    /// see, only a huvudman unit (health care or social services) taking part in
    /// <paramref name="origin"/> may mark, and always with a reason (R-PROT-2).
    /// </summary>
    public static void MarkProtectedIdentity(Individual individual, SipCase origin, IEnumerable<SipCase> others, ProtectionMarking marking, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(individual);
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(others);
        ArgumentNullException.ThrowIfNull(marking);
        var otherCases = others.ToList();
        if (individual.Id != origin.IndividualId || otherCases.Any(c => c.IndividualId != individual.Id))
        {
            throw new ArgumentException("Every case marked must be the individual's own.", nameof(others));
        }

        origin.EnsureOpen();
        new Rules()
            .Require(marking.UnitKind is UnitKind.HealthCare or UnitKind.SocialServices, MarkRule, "protection.not-huvudman")
            .Require(origin.Involves(marking.By.UnitId), MarkRule, "protection.unit-not-in-case")
            .RequireText(marking.Reason, MarkRule, "protection.reason-missing", nameof(ProtectionMarking.Reason))
            .ThrowIfAny();

        individual.MarkProtectedIdentity();
        foreach (var c in otherCases.Prepend(origin).Where(c => c.IsOpen).DistinctBy(c => c.Id))
        {
            c.SwitchToManualHandling(marking, now);
        }
    }

    /// <summary>
    /// Lifts a mistaken mark (R-PROT-3): the responsible unit of a marked case, or a unit
    /// administrator of an organisation answering for one, may, with a reason. Every case still in
    /// manual handling under the mark returns to the phase and sharing it had: manual handling
    /// allows no step but closing, so such a case is exactly as it was when marked. Closed cases stay closed.
    /// </summary>
    public static void LiftProtectedIdentity(Individual individual, IReadOnlyList<MarkedCase> cases, ProtectionLifting lifting, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(individual);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(lifting);
        if (cases.Any(c => c.Case.IndividualId != individual.Id))
        {
            throw new ArgumentException("Every case lifted must be the individual's own.", nameof(cases));
        }

        var marked = cases.Where(c => c.Case.Phase == CasePhase.ManualHandling && c.Case.Protection is { IsActive: true }).ToList();
        if (!individual.HasProtectedIdentity || marked.Count == 0)
        {
            throw new DomainRuleException(LiftRule, "protection.none-to-lift");
        }

        new Rules()
            .Require(marked.Any(c => c.Case.ResponsibleUnitId == lifting.By.UnitId || c.OrganisationId == lifting.AdministeredOrganisationId), LiftRule, "protection.lift-not-allowed")
            .RequireText(lifting.Reason, LiftRule, "protection.lift-reason-missing", nameof(ProtectionLifting.Reason))
            .ThrowIfAny();

        individual.LiftProtectedIdentity();
        foreach (var c in marked)
        {
            c.Case.LiftProtection(lifting, now);
        }
    }

    private void SwitchToManualHandling(ProtectionMarking marking, DateTimeOffset now)
    {
        Protection = new ProtectionMark(marking.By, marking.UnitName, now, marking.Reason!.Trim(), Phase, IsSharedWithParticipants);
        Phase = CasePhase.ManualHandling;
        IsSharedWithParticipants = false;
        Record(CaseEventKind.SwitchedToManualHandling, marking.By, now);
        RefreshNextDue();
    }

    private void LiftProtection(ProtectionLifting lifting, DateTimeOffset now)
    {
        var mark = Protection!;
        Phase = mark.PhaseBefore;
        IsSharedWithParticipants = mark.SharedBefore;
        Protection = mark with { LiftedBy = lifting.By, LiftedByUnitName = lifting.UnitName, LiftedAt = now, LiftReason = lifting.Reason!.Trim() };
        Record(CaseEventKind.ProtectedIdentityLifted, lifting.By, now, mark.PhaseBefore.ToString());
        RefreshNextDue();
    }
}
