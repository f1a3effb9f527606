using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samplan.Data;
using Samplan.Web.Features.Audit;
using Samplan.Web.Features.Cases;
using Samplan.Web.Infrastructure;

namespace Samplan.Bench;

/// <summary>One candidate change: the operation just before and just after it, on the same data.</summary>
internal sealed record WhatIf(string Change, string Query, Measurement Before, Measurement After, QueryPlan? Plan, string? Operation = null);

/// <summary>
/// Candidate index and query changes, tried after every other measurement (so they cannot colour
/// those): the query is timed, the bench database gets the index, the same query is timed again;
/// a query variant is alternated with the real one instead. The database is dropped afterwards;
/// nothing here changes the app or its migrations.
/// </summary>
internal sealed class WhatIfs(IServiceProvider services, DbContextOptions<SamplanDbContext> options, BenchSubjects subjects, BenchOptions bench, CancellationToken cancellationToken)
{
    /// <summary>SQLite's planner has no statistics until ANALYZE runs, and the app never runs it.</summary>
    public async Task<IReadOnlyList<WhatIf>> RunSqliteAsync()
    {
        var today = services.GetRequiredService<SwedishClock>().Today;
        var busy = subjects.Busy.Id;
        var before = await ListAsync("whatif.analyze.before", "Case list, open cases, before ANALYZE", busy, new CaseListFilter(null, null, CaseListShow.Open), today);
        await ExecuteAsync("ANALYZE");
        var open = await ListAsync("whatif.analyze.open", "Case list, open cases, after ANALYZE", busy, new CaseListFilter(null, null, CaseListShow.Open), today);
        var plan = await QueryPlans.ExplainAsync(options, "Case list, open cases, after ANALYZE",
            db => new CaseListQuery(db).RunAsync(busy, new CaseListFilter(null, null, CaseListShow.Open), today, cancellationToken), cancellationToken);
        return [new WhatIf("`ANALYZE` (statistics for SQLite's planner; e.g. `PRAGMA optimize` at startup)", "list.open.busy", before, open, plan)];
    }

    public async Task<IReadOnlyList<WhatIf>> RunPostgresAsync()
    {
        var results = new List<WhatIf>();
        var today = services.GetRequiredService<SwedishClock>().Today;
        var busy = subjects.Busy.Id;
        var terms = await InScopeAsync(sp => SearchTerms.FindAsync(sp.GetRequiredService<SamplanDbContext>(), busy, today, cancellationToken));
        var number = terms.Number;

        var (contains, exact) = await InterleavedAsync(
            "whatif.pnr",
            "Case list, search by personnummer (CaseListQuery)",
            () => InScopeAsync(sp => sp.GetRequiredService<CaseListQuery>().RunAsync(busy, new CaseListFilter(number.ToString(), null, CaseListShow.All), today, cancellationToken)),
            "Case list, personnummer matched exactly (candidate query)",
            () => InScopeAsync(sp => CandidateQueries.ListByPersonnummerAsync(sp.GetRequiredService<SamplanDbContext>(), busy, number, today, cancellationToken)));
        var exactPlan = await QueryPlans.ExplainAsync(options, "Case list, personnummer matched exactly on IX_Individuals_Personnummer (candidate query)",
            db => CandidateQueries.ListByPersonnummerAsync(db, busy, number, today, cancellationToken), cancellationToken);
        results.Add(new WhatIf("Match a search term that parses as a personnummer with `i.Personnummer == number` (unique index) instead of `SearchText.Contains`", "list.search.pnr", contains, exact, exactPlan));

        if (await HasTrigramAsync())
        {
            var searches = new (string Key, string What, string Term)[]
            {
                ("list.search.name", "full name", terms.FullName),
                ("list.search.family", "family name", terms.FamilyName),
                ("list.search.pnr", "personnummer", number.ToString()),
            };
            var before = new List<Measurement>();
            foreach (var (key, what, term) in searches)
            {
                before.Add(await ListAsync($"whatif.trgm.{key}.before", $"Case list, search by {what}, before the trigram index", busy, new CaseListFilter(term, null, CaseListShow.All), today));
            }

            await ExecuteAsync("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            await ExecuteAsync("CREATE INDEX \"bench_IX_Individuals_SearchText_trgm\" ON \"Individuals\" USING gin (\"SearchText\" gin_trgm_ops)");
            await ExecuteAsync("ANALYZE \"Individuals\"");
            for (var i = 0; i < searches.Length; i++)
            {
                var (key, what, term) = searches[i];
                var after = await ListAsync($"whatif.trgm.{key}", $"Case list, search by {what}, with a trigram index", busy, new CaseListFilter(term, null, CaseListShow.All), today);
                var plan = i < 2
                    ? await QueryPlans.ExplainAsync(options, $"Case list, search by {what}, with a pg_trgm GIN index on Individuals.SearchText",
                        db => new CaseListQuery(db).RunAsync(busy, new CaseListFilter(term, null, CaseListShow.All), today, cancellationToken), cancellationToken)
                    : null;
                results.Add(new WhatIf(TrigramChange, key, before[i], after, plan));
            }
        }

        var org = subjects.Busy.OrganisationId;
        var realCount = await InScopeAsync(sp => new AuditEventFilter(org, AuditPeriod.Whole).Apply(sp.GetRequiredService<SamplanDbContext>().AuditEvents.AsNoTracking()).CountAsync(cancellationToken));
        var splitCount = await InScopeAsync(sp => CandidateQueries.CountOrganisationSplitAsync(sp.GetRequiredService<SamplanDbContext>(), org, cancellationToken));
        if (realCount != splitCount)
        {
            throw new InvalidOperationException($"The split count ({splitCount}) differs from the app's ({realCount}).");
        }

        var (countOr, countSplit) = await InterleavedAsync(
            "whatif.auditcount",
            "Auditor: organisation-wide count, whole log (AuditEventFilter)",
            () => InScopeAsync(sp => new AuditEventFilter(org, AuditPeriod.Whole).Apply(sp.GetRequiredService<SamplanDbContext>().AuditEvents.AsNoTracking()).CountAsync(cancellationToken)),
            "Auditor: organisation-wide count as two indexed counts",
            () => InScopeAsync(sp => CandidateQueries.CountOrganisationSplitAsync(sp.GetRequiredService<SamplanDbContext>(), org, cancellationToken)));
        var countPlan = await QueryPlans.ExplainAsync(options, "Auditor's organisation-wide count, refused attempts part of the split (candidate query, second statement)",
            db => CandidateQueries.CountOrganisationSplitAsync(db, org, cancellationToken), cancellationToken);
        results.Add(new WhatIf("Count `OrganisationId = @org` and `SubjectOrganisationId = @org AND OrganisationId <> @org` separately and add them, instead of one count over the `OR`", "audit.search.org.all", countOr, countSplit, countPlan, "Auditor: organisation-wide count only, whole log"));

        var openBefore = await ListAsync("whatif.caseunits.before", "Case list, open cases, before (UnitId, CaseId)", busy, new CaseListFilter(null, null, CaseListShow.Open), today);
        await ExecuteAsync("CREATE INDEX \"bench_IX_CaseUnits_UnitId_CaseId\" ON \"CaseUnits\" (\"UnitId\", \"CaseId\")");
        await ExecuteAsync("VACUUM ANALYZE \"CaseUnits\"");
        var open = await ListAsync("whatif.caseunits.open", "Case list, open cases, with (UnitId, CaseId) on CaseUnits", busy, new CaseListFilter(null, null, CaseListShow.Open), today);
        var openPlan = await QueryPlans.ExplainAsync(options, "Case list, open cases, with an index on CaseUnits (UnitId, CaseId)",
            db => new CaseListQuery(db).RunAsync(busy, new CaseListFilter(null, null, CaseListShow.Open), today, cancellationToken), cancellationToken);
        results.Add(new WhatIf("`CREATE INDEX ... ON \"CaseUnits\" (\"UnitId\", \"CaseId\")` (index-only access to a unit's cases)", "list.open.busy", openBefore, open, openPlan));
        return results;
    }

    public const string TrigramChange = "`CREATE EXTENSION pg_trgm; CREATE INDEX ... ON \"Individuals\" USING gin (\"SearchText\" gin_trgm_ops)`";

    /// <summary>Two variants of a query, alternated iteration by iteration so that the load on a
    /// shared machine falls on both alike.</summary>
    private async Task<(Measurement A, Measurement B)> InterleavedAsync(string key, string titleA, Func<Task> a, string titleB, Func<Task> b)
    {
        var samplesA = new List<double>(bench.Iterations);
        var samplesB = new List<double>(bench.Iterations);
        for (var i = 0; i < bench.Warmup + bench.Iterations; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var first = i % 2 == 0;
            var ta = first ? await Time(a) : 0;
            var tb = await Time(b);
            ta = first ? ta : await Time(a);
            if (i >= bench.Warmup)
            {
                samplesA.Add(ta);
                samplesB.Add(tb);
            }
        }

        var resultA = new Measurement(key + ".a", titleA, samplesA);
        var resultB = new Measurement(key + ".b", titleB, samplesB);
        foreach (var r in new[] { resultA, resultB })
        {
            Console.WriteLine($"    {r.Title,-58} median {r.Median,9:N2} ms  p95 {r.P95,9:N2} ms  max {r.Max,9:N2} ms  (n={r.Count}, interleaved)");
        }

        return (resultA, resultB);

        static async Task<double> Time(Func<Task> work)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await work();
            return watch.Elapsed.TotalMilliseconds;
        }
    }

    private Task<Measurement> ListAsync(string key, string title, Guid unitId, CaseListFilter filter, DateOnly today) =>
        Measurement.RunAsync(key, title, bench.Warmup, bench.Iterations,
            _ => InScopeAsync(sp => sp.GetRequiredService<CaseListQuery>().RunAsync(unitId, filter, today, cancellationToken)), cancellationToken);

    private async Task<bool> HasTrigramAsync()
    {
        await using var db = new SamplanDbContext(options);
        return await db.Database.SqlQueryRaw<int>("SELECT COUNT(*)::int AS \"Value\" FROM pg_available_extensions WHERE name = 'pg_trgm'").SingleAsync(cancellationToken) > 0;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var db = new SamplanDbContext(options);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
