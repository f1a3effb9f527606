using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samplan.Data;
using Samplan.Data.Auditing;
using Samplan.Web.Jobs;

namespace Samplan.Web.Auditing;

/// <summary>
/// Chains the appended rows: gives each the next position, the previous row's hash and its own
/// keyed hash, and moves the sealed head, batch by batch in one transaction each.
/// <para>Why this is safe while appends go on. On PostgreSQL an identity value is taken when the
/// INSERT runs, not when it commits, so a row with a lower id can become visible after rows with
/// higher ids. Had positions been ids, the sealer would have had to wait out a safety window or
/// read <c>pg_snapshot_xmin</c> and could still misjudge a long transaction. Instead the position
/// is handed out here, at sealing time: the sealer chains whatever committed rows it sees, in id
/// order, after the head. A row that commits late is simply not seen yet and gets a later
/// position in the next run. The sealed part (positions 1 to the head) therefore only ever grows
/// at its end and never changes, and the verifier reads only that part. Chain order is commit
/// order, which can differ from id order by the few rows in flight; each row's own time stays in
/// <see cref="AuditEvent.At"/>.</para>
/// <para>Only one sealer runs at a time: the job lease (<see cref="JobRunner"/>) across nodes; on
/// PostgreSQL additionally a row lock on the head, and the unique index on the position makes a
/// second sealer with a lost lease fail instead of forking the chain.</para>
/// </summary>
public sealed class AuditSealer(SamplanDbContext db, AuditChain chain, IOptions<AuditOptions> settings, AuditSealStatus status, ILogger<AuditSealer> log) : IJob
{
    public const string JobName = "audit-sealer";

    /// <summary>A run ends after this many batches, so it never outlives its lease; the next run goes on.</summary>
    private const int MaxBatchesPerRun = 50;

    private static long _lastWarningTicks;

    public string Name => JobName;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        for (var i = 0; i < MaxBatchesPerRun; i++)
        {
            if (await SealBatchAsync(cancellationToken) < settings.Value.SealBatchSize)
            {
                break;
            }
        }

        var lag = await status.ReadAsync(cancellationToken);
        if (lag.IsLagging && Environment.TickCount64 - Interlocked.Read(ref _lastWarningTicks) > 60_000)
        {
            Interlocked.Exchange(ref _lastWarningTicks, Environment.TickCount64);
            log.LogWarning("Audit events have stayed unsealed for {Seconds:F0} s (more than Samplan:Audit:MaxUnsealedSeconds = {Max}); {Count} unsealed", lag.OldestAge.TotalSeconds, settings.Value.MaxUnsealedSeconds, lag.UnsealedCount);
        }
    }

    /// <summary>Seals up to one batch; returns how many rows it chained.</summary>
    public async Task<int> SealBatchAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.IsPostgres)
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT 1 FROM \"AuditChainHead\" WHERE \"Id\" = {AuditChainHead.SingletonId} FOR UPDATE", cancellationToken);
        }

        // PostgreSQL gets the whole batch in one UPDATE (below), so its rows need no tracking.
        var unsealed = db.IsPostgres ? db.AuditEvents.AsNoTracking() : db.AuditEvents;
        var rows = await unsealed.Where(e => e.Sequence == null).OrderBy(e => e.Id).Take(settings.Value.SealBatchSize).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return 0;
        }

        var head = await db.AuditChainHeads.SingleOrDefaultAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);
        if (head is null)
        {
            head = new AuditChainHead { Sequence = 0, Hash = AuditChain.Genesis };
            db.AuditChainHeads.Add(head);
        }

        foreach (var row in rows)
        {
            row.Sequence = head.Sequence + 1;
            row.PreviousHash = head.Hash;
            row.Hash = chain.HashOf(row);
            head.Sequence = row.Sequence.Value;
            head.Hash = row.Hash;
        }

        head.Seal = chain.SealOf(head);
        if (db.IsPostgres)
        {
            await db.Database.ExecuteSqlRawAsync(
                """
                UPDATE "AuditEvents" AS e SET "Sequence" = v.s, "PreviousHash" = v.p, "Hash" = v.h
                FROM unnest({0}::bigint[], {1}::bigint[], {2}::text[], {3}::text[]) AS v(id, s, p, h)
                WHERE e."Id" = v.id AND e."Sequence" IS NULL
                """,
                [rows.Select(r => r.Id).ToArray(), rows.Select(r => r.Sequence!.Value).ToArray(), rows.Select(r => r.PreviousHash!).ToArray(), rows.Select(r => r.Hash!).ToArray()],
                cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows.Count;
    }
}
