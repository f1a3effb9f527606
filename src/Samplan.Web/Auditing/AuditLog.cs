using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Data.Auditing;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Auditing;

/// <summary>
/// Appends audit events. Each append runs in its own context and transaction so it never flushes
/// the page's unsaved changes; appends are serialized (a process lock, plus an advisory lock in
/// PostgreSQL for several nodes) so the chain stays one unbroken line.
/// </summary>
public sealed class AuditLog(DbContextOptions<SamplanDbContext> options, AuditChain chain, TimeProvider time, IHttpContextAccessor http, CurrentStaff staff)
{
    private const long AdvisoryLockKey = 0x5A4D504C41; // "SAMPLA"
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public Task WriteAsync(AuditAction action, string outcome, Guid? caseId = null, Guid? individualId = null, string? detail = null, CancellationToken cancellationToken = default) =>
        AppendAsync(ForStaff(action, outcome, caseId, individualId, detail), cancellationToken);

    /// <summary>A refused attempt on a case that exists: the organisation answering for it and its
    /// person are recorded apart, for that organisation's auditors only.</summary>
    public Task WriteRefusedAttemptAsync(Guid caseId, Guid? subjectOrganisationId, Guid? subjectIndividualId, string detail, CancellationToken cancellationToken = default)
    {
        var e = ForStaff(AuditAction.AccessRefused, AuditOutcome.Denied, caseId, null, detail);
        e.SubjectOrganisationId = subjectOrganisationId;
        e.SubjectIndividualId = subjectIndividualId;
        return AppendAsync(e, cancellationToken);
    }

    private AuditEvent ForStaff(AuditAction action, string outcome, Guid? caseId, Guid? individualId, string? detail) =>
        new()
        {
            Code = (int)action,
            UserId = staff.UserId.Length > 0 ? staff.UserId : null,
            UserName = staff.Name.Length > 0 ? staff.Name : null,
            UnitId = staff.UnitId,
            OrganisationId = staff.OrganisationId,
            CaseId = caseId,
            IndividualId = individualId,
            Outcome = outcome,
            Detail = Shorten(detail),
        };

    /// <summary>For events before a session exists, such as a failed sign-in.</summary>
    public Task WriteForUserAsync(AuditAction action, string outcome, string? userId, string? userName, Guid? unitId = null, Guid? organisationId = null, string? detail = null, CancellationToken cancellationToken = default) =>
        AppendAsync(new AuditEvent { Code = (int)action, UserId = userId, UserName = Shorten(userName), UnitId = unitId, OrganisationId = organisationId, Outcome = outcome, Detail = Shorten(detail) }, cancellationToken);

    private async Task AppendAsync(AuditEvent e, CancellationToken cancellationToken)
    {
        e.At = AuditChain.Truncate(time.GetUtcNow());
        e.ClientAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        await Gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = new SamplanDbContext(options);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (db.IsPostgres)
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);
            }

            var head = await db.AuditChainHeads.SingleOrDefaultAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);
            if (head is null)
            {
                head = new AuditChainHead { Sequence = 0, Hash = AuditChain.Genesis };
                db.AuditChainHeads.Add(head);
            }

            e.Sequence = head.Sequence + 1;
            e.PreviousHash = head.Hash;
            e.Hash = chain.HashOf(e);
            db.AuditEvents.Add(e);
            head.Sequence = e.Sequence;
            head.Hash = e.Hash;
            head.Seal = chain.SealOf(head);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static string? Shorten(string? text) => text is { Length: > 500 } ? text[..500] : text;
}
