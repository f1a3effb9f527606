using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Cases;
using Samplan.Domain.People;
using Samplan.Web.Auditing;

namespace Samplan.Web.Infrastructure;

/// <summary>Loads cases only for a unit allowed to see them, auditing every access and every
/// refusal, and saves them with an optimistic concurrency check against the version the user
/// started from.</summary>
public sealed class CaseRepository(SamplanDbContext db, CurrentStaff staff, SwedishClock clock, AuditLog audit)
{
    /// <summary>The case and its individual, or null when it does not exist or the acting unit may
    /// not see it: both answer 404, so ids cannot be probed. <paramref name="readAction"/> is
    /// audited on success; a refusal is always audited.</summary>
    public async Task<CaseWithIndividual?> FindAsync(Guid caseId, AuditAction? readAction, CancellationToken cancellationToken = default)
    {
        if (staff.UnitId is not { } unitId)
        {
            return null;
        }

        var sipCase = await db.Cases
            .Where(c => c.Id == caseId)
            .Where(CaseVisibility.For(unitId, clock.Today))
            .SingleOrDefaultAsync(cancellationToken);
        if (sipCase is null)
        {
            await AuditRefusedAsync(caseId, cancellationToken);
            return null;
        }

        var individual = await db.Individuals.SingleAsync(i => i.Id == sipCase.IndividualId, cancellationToken);
        if (readAction is { } action)
        {
            await audit.WriteAsync(action, AuditOutcome.Success, sipCase.Id, individual.Id, cancellationToken: cancellationToken);
        }

        var version = db.Entry(sipCase).Property<int>(SamplanDbContext.VersionProperty).CurrentValue;
        return new CaseWithIndividual(sipCase, individual, version);
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
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(AuditAction.CaseCreated, AuditOutcome.Success, sipCase.Id, sipCase.IndividualId, cancellationToken: cancellationToken);
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
    public async Task<bool> TrySaveWithEventsAsync(SipCase sipCase, int expectedVersion, IReadOnlyList<Samplan.Data.Auditing.AuditEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sipCase);
        ArgumentNullException.ThrowIfNull(events);
        var version = db.Entry(sipCase).Property<int>(SamplanDbContext.VersionProperty);
        version.OriginalValue = expectedVersion;
        version.CurrentValue = expectedVersion + 1;
        db.AuditEvents.AddRange(events);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await RecordConflictAsync(sipCase, cancellationToken);
            return false;
        }

        return true;
    }

    /// <summary>Saves the case if nobody saved it since <paramref name="expectedVersion"/>; returns
    /// false on a conflict, leaving the stored case untouched.</summary>
    public async Task<bool> TrySaveAsync(SipCase sipCase, int expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sipCase);
        var version = db.Entry(sipCase).Property<int>(SamplanDbContext.VersionProperty);
        version.OriginalValue = expectedVersion;
        version.CurrentValue = expectedVersion + 1;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await RecordConflictAsync(sipCase, cancellationToken);
            return false;
        }

        await audit.WriteAsync(AuditCodes.For(sipCase.History[^1].Kind), AuditOutcome.Success, sipCase.Id, sipCase.IndividualId, cancellationToken: cancellationToken);
        return true;
    }
}

public sealed record CaseWithIndividual(SipCase Case, Individual Individual, int Version);
