using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samplan.Data;
using Samplan.Data.Auditing;
using Samplan.Web.Jobs;

namespace Samplan.Web.Auditing;

/// <summary>
/// Chains the appended rows: gives each the next position, the previous row's hash and its own
/// keyed hash in a row of <c>AuditSeals</c>, and moves the sealed head, batch by batch in one
/// transaction each. Sealing only inserts; an event row is never updated.
/// <para>Which rows to seal. On PostgreSQL an identity value is taken when the INSERT runs, not
/// when it commits, so a row with a lower id can become visible after rows with higher ids. Each
/// run therefore first finds a settled horizon (<see cref="AuditSealHorizon"/>): an id up to which
/// every row has committed or never will. It seals the rows between the head's
/// <see cref="AuditChainHead.SealedThroughEventId"/> and that horizon in id order, and moves the
/// mark to the horizon. The sealed part (positions 1 to the head) only ever grows at its end and
/// never changes, and the verifier reads only that part. A row that commits late is above the
/// horizon and waits for the next run (250 ms).</para>
/// <para>Only one sealer runs at a time: the job lease (<see cref="JobRunner"/>) across nodes; on
/// PostgreSQL additionally a row lock on the head, and the unique index on the position makes a
/// second sealer with a lost lease fail instead of forking the chain.</para>
/// </summary>
public sealed class AuditSealer(SamplanDbContext db, AuditChain chain, AuditSealHorizon horizon, IOptions<AuditOptions> settings, AuditSealStatus status, ILogger<AuditSealer> log) : IJob
{
    public const string JobName = "audit-sealer";

    /// <summary>A run ends after this many batches, so it never outlives its lease; the next run goes on.</summary>
    private const int MaxBatchesPerRun = 50;

    private static long _lastWarningTicks;

    public string Name => JobName;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await horizon.SettledAsync(cancellationToken) is { } through)
        {
            for (var i = 0; i < MaxBatchesPerRun; i++)
            {
                if (await SealBatchAsync(through, cancellationToken) < settings.Value.SealBatchSize)
                {
                    break;
                }
            }
        }

        var lag = await status.ReadAsync(cancellationToken);
        if (lag.IsLagging && Environment.TickCount64 - Interlocked.Read(ref _lastWarningTicks) > 60_000)
        {
            Interlocked.Exchange(ref _lastWarningTicks, Environment.TickCount64);
            log.LogWarning("Audit events have stayed unsealed for {Seconds:F0} s (more than Samplan:Audit:MaxUnsealedSeconds = {Max}); {Count} unsealed", lag.OldestAge.TotalSeconds, settings.Value.MaxUnsealedSeconds, lag.UnsealedCount);
        }
    }

    /// <summary>Seals up to one batch of the rows with ids up to <paramref name="through"/>, which
    /// must be settled; returns how many rows it chained.</summary>
    public async Task<int> SealBatchAsync(long through, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.IsPostgres)
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT 1 FROM \"AuditChainHead\" WHERE \"Id\" = {AuditChainHead.SingletonId} FOR UPDATE", cancellationToken);
        }

        var head = await db.AuditChainHeads.SingleOrDefaultAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);
        if (head is null)
        {
            head = new AuditChainHead { Sequence = 0, Hash = AuditChain.Genesis };
            db.AuditChainHeads.Add(head);
        }

        var after = head.SealedThroughEventId;
        if (through <= after)
        {
            return 0;
        }

        // The query reads the same mark, from the head locked above (0 before the first seal), and
        // also asks for "no seal yet": a database converted from the old layout may hold sealed
        // rows above the mark (see the AuditSeals migration); they are skipped, never sealed twice.
        var size = settings.Value.SealBatchSize;
        var rows = await UnsealedEvents.UpTo(db, through).OrderBy(e => e.Id).Take(size).ToListAsync(cancellationToken);
        var seals = new List<(long EventId, AuditSeal Seal)>(rows.Count);
        foreach (var row in rows)
        {
            var seal = new AuditSeal { Sequence = head.Sequence + 1, PreviousHash = head.Hash };
            seal.Hash = chain.HashOf(row, seal.Sequence, seal.PreviousHash);
            seals.Add((row.Id, seal));
            head.Sequence = seal.Sequence;
            head.Hash = seal.Hash;
        }

        head.Seal = chain.SealOf(head);
        head.SealedThroughEventId = rows.Count < size ? through : rows[^1].Id;
        if (seals.Count > 0)
        {
            await InsertAsync(seals, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows.Count;
    }

    /// <summary>PostgreSQL gets the whole batch in one INSERT from arrays; SQLite (one writer,
    /// small logs) one parameterised INSERT per row in the same transaction.</summary>
    private async Task InsertAsync(List<(long EventId, AuditSeal Seal)> seals, CancellationToken cancellationToken)
    {
        if (db.IsPostgres)
        {
            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO "AuditSeals" ("EventId", "Sequence", "PreviousHash", "Hash")
                SELECT * FROM unnest({0}::bigint[], {1}::bigint[], {2}::text[], {3}::text[])
                """,
                [seals.Select(s => s.EventId).ToArray(), seals.Select(s => s.Seal.Sequence).ToArray(), seals.Select(s => s.Seal.PreviousHash).ToArray(), seals.Select(s => s.Seal.Hash).ToArray()],
                cancellationToken);
            return;
        }

        foreach (var (eventId, seal) in seals)
        {
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"AuditSeals\" (\"EventId\", \"Sequence\", \"PreviousHash\", \"Hash\") VALUES ({0}, {1}, {2}, {3})",
                [eventId, seal.Sequence, seal.PreviousHash, seal.Hash],
                cancellationToken);
        }
    }
}
