using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Data.Auditing;
using Samplan.Domain.Cases;
using Samplan.Domain.People;
using Samplan.Web.Auditing;
using Samplan.Web.CaseEvents;

namespace Samplan.Web.Infrastructure;

/// <summary>The parts of a case saved on their own, each with its own version.</summary>
public enum CasePart
{
    /// <summary>The case row: phase, consent, the professional's preparation, plans and the rest.</summary>
    Case,

    /// <summary>The individual's own preparation (R-PREP-4).</summary>
    OwnPreparation,
}

/// <summary>Loads cases only for a unit allowed to see them, auditing every access and every
/// refusal, and saves them with an optimistic concurrency check against the version the user
/// started from.</summary>
public sealed class CaseRepository(SamplanDbContext db, CurrentStaff staff, SwedishClock clock, AuditLog audit, IEnumerable<ICaseEventHandler> handlers)
{
    /// <summary>The case and its individual, or null when it does not exist or the acting unit may
    /// not see it: both answer 404, so ids cannot be probed. <paramref name="readAction"/> is
    /// audited on success; a refusal is always audited. Loaded tracked, for a change.</summary>
    public Task<CaseWithIndividual?> FindAsync(Guid caseId, AuditAction? readAction, CancellationToken cancellationToken = default) =>
        FindAsync(caseId, readAction, CaseLoad.ForChange, cancellationToken);

    /// <summary>As <see cref="FindAsync(Guid, AuditAction?, CancellationToken)"/>, loaded as
    /// <paramref name="load"/> says. Three statements: the case with its individual, the versions
    /// and what <paramref name="load"/> asks for beside; its history; its units.</summary>
    public async Task<CaseWithIndividual?> FindAsync(Guid caseId, AuditAction? readAction, CaseLoad load, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (staff.UnitId is not { } unitId)
        {
            return null;
        }

        var visible = db.Cases
            .Where(c => c.Id == caseId)
            .Where(CaseVisibility.For(unitId, clock.Today));
        if (!load.Tracked)
        {
            visible = visible.AsNoTracking();
        }

        // Split: the case row with its individual first, then its history and its units each in
        // a statement of their own. As one statement the owned collections multiply each other
        // (history × units rows, every case column repeated on each); docs/benchmarks.md ("The
        // case load: three statements instead of one") has the measurement.
        visible = visible.AsSplitQuery();

        // Two fixed shapes, each translated once and cached by EF: with the other open SIP as a
        // scalar subquery, and without it.
        var rows = from c in visible
                   join i in db.Individuals on c.IndividualId equals i.Id
                   select new { Case = c, Individual = i, Version = EF.Property<int>(c, SamplanDbContext.VersionProperty), OwnVersion = EF.Property<int>(c, SamplanDbContext.OwnVersionProperty) };
        var loaded = load.OtherOpenCase is { } other
            ? await rows.Select(r => new CaseWithIndividual(r.Case, r.Individual, r.Version, r.OwnVersion, other.FirstOrDefault())).SingleOrDefaultAsync(cancellationToken)
            : await rows.Select(r => new CaseWithIndividual(r.Case, r.Individual, r.Version, r.OwnVersion, null)).SingleOrDefaultAsync(cancellationToken);
        if (loaded is null)
        {
            await AuditRefusedAsync(caseId, cancellationToken);
            return null;
        }

        if (readAction is { } action)
        {
            await audit.WriteAsync(action, AuditOutcome.Success, loaded.Case.Id, loaded.Individual.Id, cancellationToken: cancellationToken);
        }

        return loaded;
    }

    /// <summary>Records a refused look at a case; when the case exists, its organisation's
    /// auditors get to see the attempt, with the person, apart from the actor's organisation.</summary>
    private async Task AuditRefusedAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var subject = await (from c in db.Cases
                             join u in db.Units on c.ResponsibleUnitId equals u.Id
                             where c.Id == caseId
                             select new { u.OrganisationId, c.IndividualId })
                            .SingleOrDefaultAsync(cancellationToken);
        await audit.WriteRefusedAttemptAsync(caseId, subject?.OrganisationId, subject?.IndividualId, "case not visible to unit", cancellationToken);
    }

    public async Task AddAsync(SipCase sipCase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sipCase);
        db.Cases.Add(sipCase);
        await SaveWithEventsAsync(auditedByCaller: false, cancellationToken);
    }

    /// <summary>A save based on an out-of-date version wrote nothing; the attempt is audited.</summary>
    public Task RecordConflictAsync(SipCase sipCase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sipCase);
        return audit.WriteAsync(AuditAction.CaseChanged, AuditOutcome.Conflict, sipCase.Id, sipCase.IndividualId, "saved by someone else first", cancellationToken);
    }

    /// <summary>A change the rules refused is an attempt on personal data too: it is audited.</summary>
    public Task RecordRefusalAsync(SipCase sipCase, Domain.Common.DomainRuleException refusal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sipCase);
        ArgumentNullException.ThrowIfNull(refusal);
        return audit.WriteAsync(AuditAction.CaseChanged, AuditOutcome.Refused, sipCase.Id, sipCase.IndividualId, string.Join(",", refusal.Violations.Select(v => v.Code)), cancellationToken);
    }

    /// <summary>A read of a case the unit may see and open this way.</summary>
    public Task RecordReadAsync(SipCase sipCase, AuditAction action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sipCase);
        return audit.WriteAsync(action, AuditOutcome.Success, sipCase.Id, sipCase.IndividualId, cancellationToken: cancellationToken);
    }

    /// <summary>An operation the unit's relation to a case it sees does not allow: nothing was
    /// shown or changed; the attempt is audited as denied, with the rule code.</summary>
    public Task RecordAccessRefusalAsync(SipCase sipCase, AuditAction action, Domain.Common.RuleViolation refusal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sipCase);
        ArgumentNullException.ThrowIfNull(refusal);
        return audit.WriteAsync(action, AuditOutcome.Denied, sipCase.Id, sipCase.IndividualId, refusal.Code, cancellationToken);
    }

    /// <summary>Saves a change that touched several cases, with the audit event of each case, in
    /// one transaction: no case changes unaudited. Every other case touched must have had its
    /// version raised; a concurrent save of any of them fails the whole change.</summary>
    public async Task<bool> TrySaveWithEventsAsync(SipCase sipCase, int expectedVersion, IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sipCase);
        ArgumentNullException.ThrowIfNull(events);
        ExpectVersion(sipCase, CasePart.Case, expectedVersion);
        try
        {
            await SaveTrackedAsync(events, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await RecordConflictAsync(sipCase, cancellationToken);
            return false;
        }

        return true;
    }

    /// <summary>Saves the part of the case the user edited if nobody saved that part since
    /// <paramref name="expectedVersion"/>: the change, its history, its audit event and its outbox
    /// message in one transaction. Returns false on a conflict, leaving the stored case untouched
    /// and auditing the attempt. Each part has its own version, so two people saving different
    /// parts (the professional's preparation, the individual's own) never conflict.</summary>
    public Task<bool> TrySaveAsync(SipCase sipCase, int expectedVersion, CancellationToken cancellationToken = default) =>
        TrySaveAsync(sipCase, CasePart.Case, expectedVersion, cancellationToken);

    /// <summary>As <see cref="TrySaveAsync(SipCase, int, CancellationToken)"/>, checking the version of <paramref name="part"/>.</summary>
    public async Task<bool> TrySaveAsync(SipCase sipCase, CasePart part, int expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sipCase);
        ExpectVersion(sipCase, part, expectedVersion);
        try
        {
            await SaveWithEventsAsync(auditedByCaller: false, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await RecordConflictAsync(sipCase, cancellationToken);
            return false;
        }

        return true;
    }

    /// <summary>Saves what the caller changed on the tracked cases, their versions already set,
    /// with the audit events the caller built for each case (a change across cases is audited
    /// for each case's organisation), the history and the outbox, in one transaction. A
    /// concurrent save throws <see cref="DbUpdateConcurrencyException"/> and writes nothing.</summary>
    public Task SaveTrackedAsync(IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        db.AuditEvents.AddRange(events);
        return SaveWithEventsAsync(auditedByCaller: true, cancellationToken);
    }

    /// <summary>Hands every tracked case's pending events to the handlers, which add their rows to
    /// this context, then writes it all with one SaveChanges: one transaction, all or nothing.</summary>
    private async Task SaveWithEventsAsync(bool auditedByCaller, CancellationToken cancellationToken)
    {
        var changed = db.ChangeTracker.Entries<SipCase>().Select(e => e.Entity).Where(c => c.PendingEvents.Count > 0).ToList();
        var context = new SaveContext(db, auditedByCaller);
        foreach (var change in changed.SelectMany(c => c.PendingEvents))
        {
            foreach (var handler in handlers)
            {
                handler.Handle(change, context);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        changed.ForEach(c => c.ClearPendingEvents());
    }

    private void ExpectVersion(SipCase sipCase, CasePart part, int expectedVersion)
    {
        var version = db.Entry(sipCase).Property<int>(part == CasePart.OwnPreparation ? SamplanDbContext.OwnVersionProperty : SamplanDbContext.VersionProperty);
        version.OriginalValue = expectedVersion;
        version.CurrentValue = expectedVersion + 1;
    }
}

/// <summary>How a case page loads its case.</summary>
/// <param name="Tracked">False for a page that only shows the case: nothing is saved, so the change
/// tracker neither snapshots the case nor its history.</param>
/// <param name="OtherOpenCase">Another open SIP of the person to read in the same statement (the
/// case page's hint), as a query over ids; null to read none.</param>
public sealed record CaseLoad(bool Tracked, IQueryable<Guid?>? OtherOpenCase = null)
{
    /// <summary>Tracked, for a page that may change the case and save it.</summary>
    public static readonly CaseLoad ForChange = new(Tracked: true);

    /// <summary>Untracked, for a page that only shows the case.</summary>
    public static readonly CaseLoad ForReading = new(Tracked: false);
}

/// <summary>A loaded case with the versions of its separately saved parts, and the other open SIP
/// of the person when the page asked for it (<see cref="CaseLoad.OtherOpenCase"/>).</summary>
public sealed record CaseWithIndividual(SipCase Case, Individual Individual, int Version, int OwnVersion, Guid? OtherOpenCaseId = null)
{
    public int VersionOf(CasePart part) => part == CasePart.OwnPreparation ? OwnVersion : Version;
}
