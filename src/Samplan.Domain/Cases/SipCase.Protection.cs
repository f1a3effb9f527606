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
    public static void MarkProtectedIdentity(Individual individual, SipCase origin, IEnumerable<SipCase> others, ProtectionMarking marking, DateTimeOffset now) =>
        MarkProtectedIdentity([individual], origin, others, marking, now);

    /// <summary>As above, for a person each organisation keeps its own record of: every record
    /// whose SIP is switched is marked too, and no other (an organisation the person has no open
    /// SIP with learns nothing of the mark).</summary>
    public static void MarkProtectedIdentity(IReadOnlyList<Individual> records, SipCase origin, IEnumerable<SipCase> others, ProtectionMarking marking, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(others);
        ArgumentNullException.ThrowIfNull(marking);
        var otherCases = others.ToList();
        EnsureOnePerson(records, otherCases.Prepend(origin).Select(c => c.IndividualId));

        origin.EnsureOpen();
        new Rules()
            .Require(marking.UnitKind is UnitKind.HealthCare or UnitKind.SocialServices, MarkRule, "protection.not-huvudman")
            .Require(origin.Involves(marking.By.UnitId), MarkRule, "protection.unit-not-in-case")
            .RequireText(marking.Reason, MarkRule, "protection.reason-missing", nameof(ProtectionMarking.Reason))
            .ThrowIfAny();

        foreach (var c in otherCases.Prepend(origin).Where(c => c.IsOpen).DistinctBy(c => c.Id))
        {
            c.SwitchToManualHandling(marking, now);
            records.Single(r => r.Id == c.IndividualId).MarkProtectedIdentity();
        }
    }

    /// <summary>Every case must be one of the records', and the records one person's.</summary>
    private static void EnsureOnePerson(IReadOnlyList<Individual> records, IEnumerable<Guid> caseIndividuals)
    {
        if (records.Count == 0 || records.Any(r => r.Personnummer != records[0].Personnummer)
            || caseIndividuals.Any(id => records.All(r => r.Id != id)))
        {
            throw new ArgumentException("Every case must be the individual's own, and every record the same person's.", nameof(records));
        }
    }

    /// <summary>
    /// Lifts a mistaken mark (R-PROT-3): the responsible unit of a marked case, or a unit
    /// administrator of an organisation answering for one, may, with a reason. Every case still in
    /// manual handling under the mark returns to the phase and sharing it had: manual handling
    /// allows no step but closing, so such a case is exactly as it was when marked. Closed cases stay closed.
    /// </summary>
    public static void LiftProtectedIdentity(Individual individual, IReadOnlyList<MarkedCase> cases, ProtectionLifting lifting, DateTimeOffset now) =>
        LiftProtectedIdentity([individual], cases, lifting, now);

    /// <summary>As above, over every organisation's record of the person: each record whose
    /// SIPs are restored loses the mark.</summary>
    public static void LiftProtectedIdentity(IReadOnlyList<Individual> records, IReadOnlyList<MarkedCase> cases, ProtectionLifting lifting, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(lifting);
        EnsureOnePerson(records, cases.Select(c => c.Case.IndividualId));

        var marked = cases.Where(c => c.Case.Phase == CasePhase.ManualHandling && c.Case.Protection is { IsActive: true }).ToList();
        if (!records.Any(r => r.HasProtectedIdentity) || marked.Count == 0)
        {
            throw new DomainRuleException(LiftRule, "protection.none-to-lift");
        }

        new Rules()
            .Require(marked.Any(c => c.Case.ResponsibleUnitId == lifting.By.UnitId || c.OrganisationId == lifting.AdministeredOrganisationId), LiftRule, "protection.lift-not-allowed")
            .RequireText(lifting.Reason, LiftRule, "protection.lift-reason-missing", nameof(ProtectionLifting.Reason))
            .ThrowIfAny();

        foreach (var c in marked)
        {
            c.Case.LiftProtection(lifting, now);
        }

        foreach (var record in records)
        {
            record.LiftProtectedIdentity();
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
