using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samplan.Data;
using Samplan.Domain.Cases;
using Samplan.Web.Auditing;
using Samplan.Web.Features.Audit;
using Samplan.Web.Features.Cases;
using Samplan.Web.Infrastructure;

namespace Samplan.Bench;

/// <summary>What one run found besides timings: sizes the timings depend on and checks that held.</summary>
internal sealed record ScenarioFacts(
    int BusyInvolved,
    int BusyVisible,
    int BusyOpenVisible,
    int TypicalInvolved,
    int SavedCases,
    bool StaleSaveRefused,
    long VerifiedEvents,
    bool ChainIntact,
    double VerifyEventsPerSecond,
    double ConcurrentAppendsPerSecond,
    int ConcurrentWriters,
    int ExtractTotal,
    int OrgMonthTotal,
    int OrgYearTotal);

/// <summary>
/// The measured operations. Each iteration is one request's database work through the app's own
/// classes, in a fresh DI scope (so a fresh DbContext), signed in as a professional of the busiest
/// unit; the clock is the app's SwedishClock.
/// </summary>
internal sealed class Scenarios(IServiceProvider services, BenchSubjects subjects, BenchOptions options, CancellationToken cancellationToken)
{
    private const int ConcurrentWriters = 8;

    private readonly List<Measurement> _results = [];

    public IReadOnlyList<Measurement> Results => _results;

    public async Task<ScenarioFacts> RunAsync()
    {
        var busy = subjects.Busy;
        AppServices.SignIn(services, "bench-user", "Bänk Användare", busy.Id, busy.OrganisationId);
        var today = services.GetRequiredService<SwedishClock>().Today;
        var (involved, visible, openVisible, typicalInvolved) = await CountsAsync(today);
        var rows = await InScopeAsync(sp => sp.GetRequiredService<CaseListQuery>().RunAsync(busy.Id, new CaseListFilter(null, null, CaseListShow.All), today, cancellationToken));
        var terms = await InScopeAsync(sp => SearchTerms.FindAsync(sp.GetRequiredService<SamplanDbContext>(), busy.Id, today, cancellationToken));
        var caseIds = rows.Select(r => r.Id).ToList();

        await BaselinesAsync();
        await ListAsync("list.open.busy", "Case list, open cases, busiest unit", busy.Id, new CaseListFilter(null, null, CaseListShow.Open), today);
        await ListAsync("list.open.typical", "Case list, open cases, typical unit", subjects.Typical.Id, new CaseListFilter(null, null, CaseListShow.Open), today);
        await ListAsync("list.phase", "Case list, phase = Active (all), busiest unit", busy.Id, new CaseListFilter(null, CasePhase.Active, CaseListShow.All), today);
        await ListAsync("list.search.name", "Case list, search by full name, busiest unit", busy.Id, new CaseListFilter(terms.FullName, null, CaseListShow.All), today);
        await ListAsync("list.search.family", "Case list, search by family name, busiest unit", busy.Id, new CaseListFilter(terms.FamilyName, null, CaseListShow.All), today);
        await ListAsync("list.search.pnr", "Case list, search by personnummer, busiest unit", busy.Id, new CaseListFilter(terms.Number.ToString(), null, CaseListShow.All), today);

        await Add(Measurement.RunAsync("case.load", "Load one case by id with the visibility rule", options.Warmup, options.Iterations,
            i => InScopeAsync(sp => sp.GetRequiredService<CaseRepository>().FindAsync(caseIds[i % caseIds.Count], null, cancellationToken)), cancellationToken));
        await Add(Measurement.RunAsync("case.load.audited", "Load one case + audit the read (the case page)", options.Warmup, options.Iterations,
            i => InScopeAsync(sp => sp.GetRequiredService<CaseRepository>().FindAsync(caseIds[i % caseIds.Count], AuditAction.CaseViewed, cancellationToken)), cancellationToken));
        await Add(Measurement.RunAsync("units.all", "UnitDirectory.AllAsync (every unit; case page, plan pages)", options.Warmup, options.Iterations,
            _ => InScopeAsync(sp => new UnitDirectory(sp.GetRequiredService<SamplanDbContext>(), new UnitNameCache(TimeProvider.System)).AllAsync(cancellationToken)), cancellationToken));

        var (savedCases, staleRefused) = await SaveAsync(today);

        await Add(Measurement.RunAsync("audit.append", "Append one audit event (AuditLog, unsealed INSERT)", options.Warmup, options.Iterations,
            _ => InScopeAsync(async sp =>
            {
                await sp.GetRequiredService<AuditLog>().WriteAsync(AuditAction.CaseListViewed, AuditOutcome.Success, detail: "bench", cancellationToken: cancellationToken);
                return true;
            }),
            cancellationToken));
        var appendsPerSecond = await ConcurrentAppendsAsync();

        var org = busy.OrganisationId;
        var subject = subjects.Person.IndividualId;
        var quarter = new AuditPeriod(today.AddDays(-90), today);
        var month = new AuditPeriod(today.AddDays(-30), today);
        var pnr = await InScopeAsync(sp => sp.GetRequiredService<SamplanDbContext>().Individuals.Where(i => i.Id == subject).Select(i => i.Personnummer).SingleAsync(cancellationToken));
        PersonExtract? extract = null;
        await Add(Measurement.RunAsync("audit.person.extract", "Auditor: person lookup + access extract, 90 days", options.Warmup, options.Iterations,
            _ => InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<SamplanDbContext>();
                var found = await new PersonLookup(db).FindAsync(pnr.ToString(), today, org, cancellationToken);
                extract = await new PersonAccessExtract(db).RunAsync(org, found.Individual!.Id, quarter, cancellationToken);
                return extract;
            }),
            cancellationToken));
        await Add(Measurement.RunAsync("audit.search.person", "Auditor: search by person and period (page 1 + count)", options.Warmup, options.Iterations,
            _ => InScopeAsync(sp => new AuditEventSearch(sp.GetRequiredService<SamplanDbContext>()).RunAsync(new AuditEventFilter(org, quarter, IndividualId: subject), 1, cancellationToken: cancellationToken)), cancellationToken));
        AuditSearchPage? monthPage = null;
        AuditSearchPage? yearPage = null;
        await Add(Measurement.RunAsync("audit.search.org.month", "Auditor: whole organisation, last 30 days (page 1 + count)", options.Warmup, options.Iterations,
            async _ => monthPage = await InScopeAsync(sp => new AuditEventSearch(sp.GetRequiredService<SamplanDbContext>()).RunAsync(new AuditEventFilter(org, month), 1, cancellationToken: cancellationToken)), cancellationToken));
        await Add(Measurement.RunAsync("audit.search.org.all", "Auditor: whole organisation, whole log (page 1 + count)", options.Warmup, options.Iterations,
            async _ => yearPage = await InScopeAsync(sp => new AuditEventSearch(sp.GetRequiredService<SamplanDbContext>()).RunAsync(new AuditEventFilter(org, AuditPeriod.Whole), 1, cancellationToken: cancellationToken)), cancellationToken));

        AuditVerification? verification = null;
        var verify = await Add(Measurement.RunAsync("audit.verify", "Verify the whole audit chain (AuditVerifier)", 1, 3,
            async _ => verification = await InScopeAsync(sp => sp.GetRequiredService<AuditVerifier>().VerifyAsync(cancellationToken: cancellationToken)), cancellationToken));
        if (verification is not { IsIntact: true })
        {
            throw new InvalidOperationException($"The audit chain does not verify: {string.Join(", ", verification?.Problems.Take(5).Select(p => p.ToString()) ?? [])}");
        }

        return new ScenarioFacts(
            involved, visible, openVisible, typicalInvolved, savedCases, staleRefused,
            verification.EventsChecked, verification.IsIntact, verification.EventsChecked / (verify.Median / 1000.0),
            appendsPerSecond, ConcurrentWriters, extract?.Total ?? 0, monthPage?.Total ?? 0, yearPage?.Total ?? 0);
    }

    private async Task<Measurement> Add(Task<Measurement> running)
    {
        var measurement = await running;
        _results.Add(measurement);
        return measurement;
    }

    /// <summary>The floor under every number: a round trip, and a one-row write committed on its
    /// own (the WAL or journal flush every audit append and every save waits for).</summary>
    private async Task BaselinesAsync()
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SamplanDbContext>();
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE bench_commit (id integer PRIMARY KEY, n bigint NOT NULL)", cancellationToken);
            await db.Database.ExecuteSqlRawAsync("INSERT INTO bench_commit (id, n) VALUES (1, 0)", cancellationToken);
        }

        await Add(Measurement.RunAsync("baseline.roundtrip", "Baseline: SELECT 1 (pooled connection round trip)", options.Warmup, options.Iterations,
            _ => InScopeAsync(sp => sp.GetRequiredService<SamplanDbContext>().Database.SqlQueryRaw<int>("SELECT 1 AS \"Value\"").ToListAsync(cancellationToken)), cancellationToken));
        await Add(Measurement.RunAsync("baseline.commit", "Baseline: one-row UPDATE, committed (flush to disk)", options.Warmup, options.Iterations,
            _ => InScopeAsync(sp => sp.GetRequiredService<SamplanDbContext>().Database.ExecuteSqlRawAsync("UPDATE bench_commit SET n = n + 1 WHERE id = 1", cancellationToken)), cancellationToken));
    }

    private Task ListAsync(string key, string title, Guid unitId, CaseListFilter filter, DateOnly today) =>
        Add(Measurement.RunAsync(key, title, options.Warmup, options.Iterations,
            _ => InScopeAsync(sp => sp.GetRequiredService<CaseListQuery>().RunAsync(unitId, filter, today, cancellationToken)), cancellationToken));

    private async Task<(int Involved, int Visible, int OpenVisible, int TypicalInvolved)> CountsAsync(DateOnly today)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SamplanDbContext>();
        var busy = subjects.Busy.Id;
        var typical = subjects.Typical.Id;
        return (
            await db.Cases.CountAsync(c => c.Units.Any(u => u.UnitId == busy), cancellationToken),
            await db.Cases.Where(CaseVisibility.For(busy, today)).CountAsync(cancellationToken),
            await db.Cases.Where(CaseVisibility.For(busy, today)).CountAsync(c => c.Phase != CasePhase.Closed, cancellationToken),
            await db.Cases.CountAsync(c => c.Units.Any(u => u.UnitId == typical), cancellationToken));
    }

    /// <summary>Saves a transition on cases the busy unit answers for: load (untimed), change through
    /// the domain (untimed), then time CaseRepository.TrySaveAsync, which is the UPDATE guarded by
    /// the version and the audit append. Also checks once that a stale version is refused.</summary>
    private async Task<(int Cases, bool StaleRefused)> SaveAsync(DateOnly today)
    {
        var busy = subjects.Busy.Id;
        List<Guid> ids;
        await using (var scope = services.CreateAsyncScope())
        {
            ids = await scope.ServiceProvider.GetRequiredService<SamplanDbContext>().Cases
                .Where(c => c.ResponsibleUnitId == busy && c.Phase == CasePhase.Preparing && (c.ConsentValidUntil == null || c.ConsentValidUntil >= today))
                .OrderBy(c => c.Id)
                .Select(c => c.Id)
                .Take(options.Iterations + options.Warmup)
                .ToListAsync(cancellationToken);
        }

        if (ids.Count == 0)
        {
            return (0, false);
        }

        var preparation = new Preparation("Samordna stödet", "Att vardagen fungerar", "Uppdaterad inför mötet", null, true, ParticipationMode.WholeMeeting, null, false, null, false, null,
            new Sbar(null, null, null, null));
        await Add(Measurement.RunTimedAsync("case.save", "Save one transition (version check) + audit append", options.Warmup, options.Iterations,
            async i =>
            {
                await using var scope = services.CreateAsyncScope();
                var sp = scope.ServiceProvider;
                var repository = sp.GetRequiredService<CaseRepository>();
                var found = await repository.FindAsync(ids[i % ids.Count], null, cancellationToken) ?? throw new InvalidOperationException("Case to save is not visible.");
                found.Case.SavePreparation(preparation, sp.GetRequiredService<CurrentStaff>().Ref, sp.GetRequiredService<SwedishClock>().Now);
                var watch = Stopwatch.StartNew();
                var saved = await repository.TrySaveAsync(found.Case, found.Version, cancellationToken);
                var elapsed = watch.Elapsed;
                return saved ? elapsed : throw new InvalidOperationException("An up-to-date save was refused.");
            },
            cancellationToken));

        // Two people open the same case; the second save, based on the old version, must write nothing.
        await using var first = services.CreateAsyncScope();
        await using var second = services.CreateAsyncScope();
        var a = await first.ServiceProvider.GetRequiredService<CaseRepository>().FindAsync(ids[0], null, cancellationToken);
        var b = await second.ServiceProvider.GetRequiredService<CaseRepository>().FindAsync(ids[0], null, cancellationToken);
        var staff = first.ServiceProvider.GetRequiredService<CurrentStaff>().Ref;
        var now = first.ServiceProvider.GetRequiredService<SwedishClock>().Now;
        a!.Case.SavePreparation(preparation, staff, now);
        b!.Case.SavePreparation(preparation with { Questions = "Annan ändring" }, staff, now);
        var firstSaved = await first.ServiceProvider.GetRequiredService<CaseRepository>().TrySaveAsync(a.Case, a.Version, cancellationToken);
        var secondSaved = await second.ServiceProvider.GetRequiredService<CaseRepository>().TrySaveAsync(b.Case, b.Version, cancellationToken);
        return (ids.Count, firstSaved && !secondSaved);
    }

    /// <summary>Several requests append at once, as on a busy node: no lock, appends waiting at the
    /// same moment share a commit (AuditAppender).</summary>
    private async Task<double> ConcurrentAppendsAsync()
    {
        var perWriter = Math.Max(10, options.Iterations / ConcurrentWriters);
        var latencies = new ConcurrentBag<double>();
        var wall = Stopwatch.StartNew();
        var writers = Enumerable.Range(0, ConcurrentWriters).Select(_ => Task.Run(
            async () =>
            {
                for (var i = 0; i < perWriter; i++)
                {
                    var watch = Stopwatch.StartNew();
                    await InScopeAsync(async sp =>
                    {
                        await sp.GetRequiredService<AuditLog>().WriteAsync(AuditAction.CaseListViewed, AuditOutcome.Success, detail: "bench concurrent", cancellationToken: cancellationToken);
                        return true;
                    });
                    latencies.Add(watch.Elapsed.TotalMilliseconds);
                }
            },
            cancellationToken));
        await Task.WhenAll(writers);
        var perSecond = latencies.Count / wall.Elapsed.TotalSeconds;
        var measurement = new Measurement("audit.append.concurrent", $"Append with {ConcurrentWriters} concurrent writers (latency each)", [.. latencies],
            string.Create(CultureInfo.InvariantCulture, $"{perSecond:N0} appends/s in total"));
        Console.WriteLine($"    {measurement.Title,-58} median {measurement.Median,9:N2} ms  p95 {measurement.P95,9:N2} ms  max {measurement.Max,9:N2} ms  ({perSecond:N0}/s)");
        _results.Add(measurement);
        return perSecond;
    }

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
