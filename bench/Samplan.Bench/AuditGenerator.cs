using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Data.Auditing;
using Samplan.Web.Auditing;

namespace Samplan.Bench;

/// <summary>The person whose access log the auditor extracts, and where their events come from.</summary>
internal sealed record AuditSubject(Guid IndividualId, Guid CaseId, BenchUnit Unit);

/// <summary>
/// Writes a year of audit events in batches with the app's own chain logic (AuditChain.HashOf over
/// the previous hash, AuditChain.Truncate for the instant, then the chain head sealed with
/// AuditChain.SealOf), exactly what AuditLog does one event at a time. The verifier later checks the whole chain, so a generator
/// that drifted from the real logic would show up as a broken chain, not as a fast number.
/// </summary>
internal static class AuditGenerator
{
    private const int Batch = 5_000;

    private static readonly int[] Codes =
    [
        (int)AuditAction.CaseViewed, (int)AuditAction.CaseViewed, (int)AuditAction.CaseViewed, (int)AuditAction.CaseViewed,
        (int)AuditAction.CaseViewed, (int)AuditAction.CaseViewed, (int)AuditAction.CaseViewed, (int)AuditAction.CaseFormOpened,
        (int)AuditAction.PlanPrinted, (int)AuditAction.CaseListViewed,
    ];

    public static async Task RunAsync(DbContextOptions<SamplanDbContext> options, AuditChain chain, GeneratedData data, AuditSubject subject, int count, int seed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(subject);
        var random = new Random(seed);
        var units = data.Directory.Units;
        var first = now.AddDays(-365);
        var step = (now.AddHours(-2) - first).Ticks / count;
        var subjectEvery = Math.Max(1, count / DataShape.SubjectEvents);
        var previous = AuditChain.Genesis;
        long last = 0;

        IEnumerable<List<AuditEvent>> Batches()
        {
            var batch = new List<AuditEvent>(Batch);
            for (long sequence = 1; sequence <= count; sequence++)
            {
                var e = sequence % subjectEvery != 0 ? Ordinary()
                    : sequence % (subjectEvery * 10) == 0 ? Refused(units[random.Next(units.Count)], subject.CaseId, subject.Unit.OrganisationId, subject.IndividualId)
                    : Event(subject.Unit, subject.CaseId, subject.IndividualId, (int)AuditAction.CaseViewed);
                e.At = AuditChain.Truncate(first.AddTicks(step * sequence));
                e.Seal = new AuditSeal { Sequence = sequence, PreviousHash = previous };
                e.Seal.Hash = chain.HashOf(e, sequence, previous);
                previous = e.Seal.Hash;
                last = sequence;
                batch.Add(e);
                if (batch.Count == Batch)
                {
                    yield return batch;
                    batch = new List<AuditEvent>(Batch);
                }
            }

            if (batch.Count > 0)
            {
                yield return batch;
            }
        }

        AuditEvent Ordinary()
        {
            var info = data.Cases[random.Next(data.Cases.Count)];
            var unit = units[random.Next(2) == 0 ? info.InitiatorIndex : info.ResponsibleIndex];
            var code = Codes[random.Next(Codes.Length)];
            if (random.Next(100) == 0)
            {
                return Refused(units[random.Next(units.Count)], info.Id, units[info.ResponsibleIndex].OrganisationId, info.IndividualId);
            }

            return code == (int)AuditAction.CaseListViewed
                ? Event(unit, null, null, code, "open cases, no search")
                : Event(unit, info.Id, info.IndividualId, code);
        }

        // As AuditLog.WriteRefusedAttemptAsync: the case's organisation and person kept apart.
        AuditEvent Refused(BenchUnit actor, Guid caseId, Guid subjectOrganisationId, Guid subjectIndividualId)
        {
            var refused = Event(actor, caseId, null, (int)AuditAction.AccessRefused, "case not visible to unit");
            refused.Outcome = AuditOutcome.Denied;
            refused.SubjectOrganisationId = subjectOrganisationId;
            refused.SubjectIndividualId = subjectIndividualId;
            return refused;
        }

        AuditEvent Event(BenchUnit unit, Guid? caseId, Guid? individualId, int code, string? detail = null) => new()
        {
            Code = code,
            UserId = string.Create(CultureInfo.InvariantCulture, $"bench-{unit.Index}-{random.Next(5)}"),
            UserName = string.Create(CultureInfo.InvariantCulture, $"Handläggare {unit.Index}"),
            UnitId = unit.Id,
            OrganisationId = unit.OrganisationId,
            CaseId = caseId,
            IndividualId = individualId,
            ClientAddress = string.Create(CultureInfo.InvariantCulture, $"10.{unit.Index % 250}.{random.Next(250)}.{random.Next(1, 250)}"),
            Outcome = AuditOutcome.Success,
            Detail = detail,
        };

        await using var db = new SamplanDbContext(options);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await BatchPipeline.RunAsync(
            Batches(),
            async batch =>
            {
                db.AuditEvents.AddRange(batch);
                await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
                db.ChangeTracker.Clear();
            },
            cancellationToken);

        // Every generated row is sealed, so the sealer's mark is the highest id.
        var through = await db.AuditEvents.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        var head = new AuditChainHead { Sequence = last, Hash = previous, SealedThroughEventId = through };
        head.Seal = chain.SealOf(head);
        db.AuditChainHeads.Add(head);
        await db.SaveChangesAsync(cancellationToken);
    }
}
