using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Data.Auditing;

namespace Samplan.Web.Auditing;

/// <summary>Walks the whole chain and says where it breaks: an edited row (its hash no longer
/// matches), a deleted row (a gap in the sequence or a broken link), or deleted newest rows (the
/// head points further than the last row).</summary>
public sealed class AuditVerifier(SamplanDbContext db, AuditChain chain)
{
    private const int Batch = 5000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var problems = new List<AuditProblem>();
        var previousHash = AuditChain.Genesis;
        long expected = 1;
        long count = 0;
        long after = 0;
        while (true)
        {
            var rows = await db.AuditEvents.AsNoTracking().Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(Batch).ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                break;
            }

            foreach (var row in rows)
            {
                if (row.Sequence != expected)
                {
                    problems.Add(new AuditProblem(AuditProblemKind.Deleted, expected, row.Sequence - 1));
                }
                else if (row.PreviousHash != previousHash)
                {
                    problems.Add(new AuditProblem(AuditProblemKind.LinkBroken, row.Sequence, row.Sequence));
                }

                if (chain.HashOf(row) != row.Hash)
                {
                    problems.Add(new AuditProblem(AuditProblemKind.Edited, row.Sequence, row.Sequence));
                }

                previousHash = row.Hash;
                expected = row.Sequence + 1;
                count++;
            }

            after = rows[^1].Sequence;
        }

        var head = await db.AuditChainHeads.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
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

        return new AuditVerification(count, problems);
    }
}

public enum AuditProblemKind
{
    Edited,
    Deleted,
    LinkBroken,
    HeadMismatch,
}

/// <summary>A break in the chain, from one sequence number to another (inclusive).</summary>
public sealed record AuditProblem(AuditProblemKind Kind, long FromSequence, long ToSequence);

public sealed record AuditVerification(long EventsChecked, IReadOnlyList<AuditProblem> Problems)
{
    public bool IsIntact => Problems.Count == 0;
}
