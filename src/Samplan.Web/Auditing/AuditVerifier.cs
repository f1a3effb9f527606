using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Data.Auditing;

namespace Samplan.Web.Auditing;

/// <summary>Walks the sealed chain and says where it breaks: an edited row (its hash no longer
/// matches), a deleted row (a gap in the positions or a broken link), or deleted newest rows (the
/// head points further than the last row).
/// <para>It reads the sealed head first and then only positions up to it. The sealer writes rows
/// and head in one transaction, so every position up to the head it read is committed: appends
/// and sealing may go on meanwhile without a false "deleted". Rows not yet sealed are not part of
/// the chain; how long they have waited is reported instead (<see cref="AuditSealLag"/>).</para>
/// <para>An intact run stores where it ended (with a keyed seal); <c>fromLastVerified</c> starts
/// there, so a regular check costs only the rows sealed since. A full run checks everything again,
/// which is what finds a row changed behind an earlier check.</para></summary>
public sealed class AuditVerifier(SamplanDbContext db, AuditChain chain, AuditSealStatus sealStatus)
{
    private const int Batch = 5000;

    public async Task<AuditVerification> VerifyAsync(bool fromLastVerified = false, CancellationToken cancellationToken = default)
    {
        var head = await db.AuditChainHeads.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var upTo = head?.Sequence ?? 0;
        var problems = new List<AuditProblem>();
        var previousHash = AuditChain.Genesis;
        long after = 0;
        if (fromLastVerified && head is { VerifiedSequence: > 0 } && head.VerifiedSeal == chain.VerifiedSealOf(head) && head.VerifiedSequence <= upTo)
        {
            after = head.VerifiedSequence;
            previousHash = head.VerifiedHash;
        }

        var start = after + 1;
        var expected = start;
        long count = 0;
        while (true)
        {
            var from = after;
            // Seals first, by their own index, then their events by id: one join ordered by the
            // seal's position let PostgreSQL read far more than the batch (19.6 s for 336,781
            // events against 3 s before the seals had a table of their own).
            var seals = await db.Database.SqlQuery<SealRow>($"""
                SELECT "EventId", "Sequence", "PreviousHash", "Hash" FROM "AuditSeals"
                WHERE "Sequence" > {from} AND "Sequence" <= {upTo} ORDER BY "Sequence" LIMIT {Batch}
                """).ToListAsync(cancellationToken);
            if (seals.Count == 0)
            {
                break;
            }

            var ids = seals.Select(s => s.EventId).ToList();
            var events = await db.AuditEvents.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
            foreach (var seal in seals)
            {
                var sequence = seal.Sequence;
                if (sequence != expected)
                {
                    AddDeleted(problems, expected, sequence - 1);
                }
                else if (seal.PreviousHash != previousHash)
                {
                    problems.Add(new AuditProblem(AuditProblemKind.LinkBroken, sequence, sequence));
                }

                // A seal whose event row is gone: that entry was deleted. The seal still links
                // the chain, so the rows after it are checked as usual.
                if (!events.TryGetValue(seal.EventId, out var row))
                {
                    AddDeleted(problems, sequence, sequence);
                }
                else if (chain.HashOf(row, sequence, seal.PreviousHash) != seal.Hash)
                {
                    problems.Add(new AuditProblem(AuditProblemKind.Edited, sequence, sequence));
                }

                previousHash = seal.Hash;
                expected = sequence + 1;
                count++;
            }

            after = seals[^1].Sequence;
        }

        if (head is not null && head.Seal != chain.SealOf(head))
        {
            problems.Add(new AuditProblem(AuditProblemKind.HeadMismatch, head.Sequence, head.Sequence));
        }
        else if (head is not null && (head.Sequence != expected - 1 || head.Hash != previousHash))
        {
            problems.Add(head.Sequence > expected - 1
                ? new AuditProblem(AuditProblemKind.Deleted, expected, head.Sequence)
                : new AuditProblem(AuditProblemKind.HeadMismatch, head.Sequence, head.Sequence));
        }

        if (problems.Count == 0 && head is not null && upTo > 0)
        {
            var checkpoint = new AuditChainHead { VerifiedSequence = upTo, VerifiedHash = previousHash };
            var seal = chain.VerifiedSealOf(checkpoint);
            await db.AuditChainHeads.Where(h => h.Id == AuditChainHead.SingletonId).ExecuteUpdateAsync(
                s => s.SetProperty(h => h.VerifiedSequence, upTo).SetProperty(h => h.VerifiedHash, previousHash).SetProperty(h => h.VerifiedSeal, seal),
                cancellationToken);
        }

        return new AuditVerification(count, problems, start, upTo, await sealStatus.ReadAsync(cancellationToken));
    }

    /// <summary>Deleted entries next to each other are one problem, "deleted from N to M".</summary>
    private static void AddDeleted(List<AuditProblem> problems, long from, long to)
    {
        if (problems is [.., { Kind: AuditProblemKind.Deleted } last] && last.ToSequence == from - 1)
        {
            problems[^1] = last with { ToSequence = to };
            return;
        }

        problems.Add(new AuditProblem(AuditProblemKind.Deleted, from, to));
    }
}

/// <summary>A row of <c>AuditSeals</c> as the verifier reads it.</summary>
internal sealed record SealRow(long EventId, long Sequence, string PreviousHash, string Hash);

public enum AuditProblemKind
{
    Edited,
    Deleted,
    LinkBroken,
    HeadMismatch,
}

/// <summary>A break in the chain, from one sequence number to another (inclusive).</summary>
public sealed record AuditProblem(AuditProblemKind Kind, long FromSequence, long ToSequence);

/// <summary>The result of one check: positions <see cref="FromSequence"/> to <see cref="ToSequence"/>.</summary>
public sealed record AuditVerification(long EventsChecked, IReadOnlyList<AuditProblem> Problems, long FromSequence, long ToSequence, AuditSealLag Lag)
{
    public bool IsIntact => Problems.Count == 0;
}
