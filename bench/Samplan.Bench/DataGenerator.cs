using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.Directory;
using Samplan.Domain.People;

namespace Samplan.Bench;

/// <summary>One generated case, as much as the measurements and the audit generator need.</summary>
internal readonly record struct CaseInfo(Guid Id, Guid IndividualId, int InitiatorIndex, int ResponsibleIndex, CaseTarget Target);

/// <summary>What was generated, and how long each part took.</summary>
internal sealed record GeneratedData(
    SyntheticDirectory Directory,
    IReadOnlyList<CaseInfo> Cases,
    IReadOnlyList<int> CasesPerUnit,
    IReadOnlyDictionary<CaseTarget, int> CasesPerTarget,
    IReadOnlyDictionary<string, TimeSpan> Timings)
{
    /// <summary>Messages (with their recipient rows) and invitation answer rows written beside the cases.</summary>
    public (int Messages, int Recipients, int Replies) Mail { get; init; }
}

/// <summary>A batch of cases with the messages and answer rows their roads made, written in one save.</summary>
internal sealed record CaseBatch(List<SipCase> Cases, CaseMail Mail);

/// <summary>Fills a fresh database: migrations, directory, individuals, then cases driven through
/// the domain with the messages and invitation answers of their roads (<see cref="CaseMail"/>), written in batches (AddRange + SaveChanges, change tracker cleared per batch).
/// SaveChanges does not accept the changes: the batch is cleared anyway, and accepting would
/// snapshot every JSON column (serialize and parse again) for nothing.</summary>
internal static class DataGenerator
{
    private const int CaseBatchSize = 1_000;
    private const int PersonBatch = 5_000;

    /// <summary>Share of cases per end state, per thousand.</summary>
    private static readonly (CaseTarget Target, int PerMille, int MaxAgeDays)[] Mix =
    [
        (CaseTarget.Initiated, 80, 14),
        (CaseTarget.Preparing, 100, 30),
        (CaseTarget.Invited, 80, 20),
        (CaseTarget.PlanDraft, 80, 30),
        (CaseTarget.Active, 200, 80),
        (CaseTarget.ActiveFollowedUp, 160, 80),
        (CaseTarget.ClosedEarly, 110, 900),
        (CaseTarget.ClosedConsentWithdrawn, 50, 900),
        (CaseTarget.ClosedAfterFollowUp, 120, 900),
        (CaseTarget.ManualHandling, 20, 300),
    ];

    public static async Task<GeneratedData> RunAsync(DbContextOptions<SamplanDbContext> options, DataShape shape, int seed, DateTimeOffset now, int writers, CancellationToken cancellationToken)
    {
        var timings = new Dictionary<string, TimeSpan>();
        var clock = Stopwatch.StartNew();
        await using (var db = new SamplanDbContext(options))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        timings["migrate"] = clock.Elapsed;
        var random = new Random(seed);
        var directory = SyntheticDirectory.Create(random, shape);
        clock.Restart();
        await using (var db = new SamplanDbContext(options))
        {
            db.Organisations.AddRange(directory.Organisations);
            db.Units.AddRange(directory.Units.Select(u => u.Unit));
            await db.SaveChangesAsync(cancellationToken);
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var people = SyntheticPeople.Create(random, shape.Individuals, today);
        // The last people are kept for manual-handling cases, one case each, and stored as protected.
        var reserved = Math.Min(people.Count / 10, (shape.Cases * 25 / 1000) + 10);
        var firstReserved = people.Count - reserved;
        var twins = new Dictionary<Guid, Individual>();
        foreach (var person in people.Skip(firstReserved))
        {
            twins[person.Id] = Individual.Register(person.Id, person.Personnummer, person.GivenName, person.FamilyName);
            person.MarkProtectedIdentity();
        }

        foreach (var chunk in people.Chunk(PersonBatch))
        {
            await using var db = new SamplanDbContext(options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Individuals.AddRange(chunk);
            await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
        }

        timings["directory and individuals"] = clock.Elapsed;
        clock.Restart();
        var unitIndex = directory.Units.ToDictionary(u => u.Id, u => u.Index);
        var casesPerUnit = new int[directory.Units.Count];
        var perTarget = Mix.ToDictionary(m => m.Target, _ => 0);
        var infos = new List<CaseInfo>(shape.Cases);
        var nextReserved = firstReserved;
        var domainTime = new Stopwatch();
        long writeTicks = 0;
        var mailTotals = (Messages: 0, Recipients: 0, Replies: 0);
        StaffRef StaffOf(Guid unitId) => CaseScript.Staff(random, directory.Units[unitIndex[unitId]]);
        CaseMail NewMail() => new(random, now, StaffOf);

        IEnumerable<CaseBatch> Batches()
        {
            var batch = new CaseBatch(new List<SipCase>(CaseBatchSize), NewMail());
            for (var n = 0; n < shape.Cases; n++)
            {
                domainTime.Start();
                var (target, maxAge) = PickTarget(random);
                if (target == CaseTarget.ManualHandling && nextReserved >= people.Count)
                {
                    target = CaseTarget.ClosedEarly;
                }

                var person = target == CaseTarget.ManualHandling ? twins[people[nextReserved++].Id] : people[random.Next(firstReserved)];
                var initiator = directory.PickInitiator(random);
                var invited = Invited(random, directory, initiator);
                var huvudmanInvited = invited.Where(u => u.Kind != OrganisationKind.OtherActor).ToList();
                var coordinator = huvudmanInvited.Count > 0 && random.Next(10) < 3 ? huvudmanInvited[random.Next(huvudmanInvited.Count)] : initiator;
                var start = now.AddDays(-(CaseScript.SpanDays(target) + random.Next(maxAge + 1))).AddHours(-random.Next(1, 9)).AddMinutes(-random.Next(60));
                var sipCase = CaseScript.Run(random, SyntheticPeople.RandomGuid(random), person, target, start, initiator, invited, coordinator, batch.Mail);

                foreach (var unitId in sipCase.Units.Select(u => u.UnitId).Distinct())
                {
                    casesPerUnit[unitIndex[unitId]]++;
                }

                perTarget[target]++;
                infos.Add(new CaseInfo(sipCase.Id, sipCase.IndividualId, initiator.Index, unitIndex[sipCase.ResponsibleUnitId], target));
                batch.Cases.Add(sipCase);
                domainTime.Stop();
                if (batch.Cases.Count == CaseBatchSize)
                {
                    yield return Counted(batch);
                    batch = new CaseBatch(new List<SipCase>(CaseBatchSize), NewMail());
                }
            }

            if (batch.Cases.Count > 0)
            {
                yield return Counted(batch);
            }
        }

        CaseBatch Counted(CaseBatch batch)
        {
            mailTotals = (mailTotals.Messages + batch.Mail.Messages.Count, mailTotals.Recipients + batch.Mail.Recipients, mailTotals.Replies + batch.Mail.Replies.Count);
            return batch;
        }

        var written = 0;
        await BatchPipeline.RunAsync(
            Batches(),
            async batch =>
            {
                var started = Stopwatch.GetTimestamp();
                await using var db = new SamplanDbContext(options);
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                db.Cases.AddRange(batch.Cases);
                db.Messages.AddRange(batch.Mail.Messages);
                db.InvitationReplies.AddRange(batch.Mail.Replies);
                await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
                Interlocked.Add(ref writeTicks, Stopwatch.GetTimestamp() - started);
                var total = Interlocked.Add(ref written, batch.Cases.Count);
                if (total % 20_000 == 0)
                {
                    Console.WriteLine($"    {total:N0} cases ({total / clock.Elapsed.TotalSeconds:N0}/s)");
                }
            },
            cancellationToken,
            writers);

        timings["cases"] = clock.Elapsed;
        Console.WriteLine($"    cases: domain {domainTime.Elapsed.TotalSeconds:N1} s, EF writes {Stopwatch.GetElapsedTime(0, writeTicks).TotalSeconds:N1} s over {writers} writer(s) (overlapping)");
        Console.WriteLine($"    messages: {mailTotals.Messages:N0} with {mailTotals.Recipients:N0} recipient rows; {mailTotals.Replies:N0} invitation answer rows");
        return new GeneratedData(directory, infos, casesPerUnit, perTarget, timings) { Mail = mailTotals };
    }

    private static (CaseTarget Target, int MaxAgeDays) PickTarget(Random random)
    {
        var ticket = random.Next(1000);
        foreach (var (target, perMille, maxAge) in Mix)
        {
            if (ticket < perMille)
            {
                return (target, maxAge);
            }

            ticket -= perMille;
        }

        return (CaseTarget.Active, 80);
    }

    /// <summary>One to three other units of the same area, of any kind.</summary>
    private static List<BenchUnit> Invited(Random random, SyntheticDirectory directory, BenchUnit initiator)
    {
        var pool = directory.UnitsByArea[initiator.Area];
        var wanted = Math.Min(1 + random.Next(3), pool.Length - 1);
        var chosen = new List<BenchUnit>(wanted);
        for (var attempts = 0; chosen.Count < wanted && attempts < 20; attempts++)
        {
            var unit = pool[random.Next(pool.Length)];
            if (unit.Index != initiator.Index && !chosen.Contains(unit))
            {
                chosen.Add(unit);
            }
        }

        if (chosen.Count == 0)
        {
            chosen.Add(pool.First(u => u.Index != initiator.Index));
        }

        return chosen;
    }
}
