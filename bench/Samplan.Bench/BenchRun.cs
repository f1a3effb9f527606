using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samplan.Data;
using Samplan.Domain.Cases;
using Samplan.Web.Auditing;
using Samplan.Web.Features.Audit;
using Samplan.Web.Features.Cases;
using Samplan.Web.Infrastructure;

namespace Samplan.Bench;

/// <summary>Everything one run (one provider, one scale) found.</summary>
internal sealed record RunResult(
    string Provider,
    DataShape Shape,
    string ServerVersion,
    IReadOnlyList<(string Name, string Value)> ServerSettings,
    IReadOnlyList<(string Name, long Rows, long? Bytes)> Tables,
    long? DatabaseBytes,
    BenchSubjects Subjects,
    IReadOnlyDictionary<CaseTarget, int> CasesPerTarget,
    IReadOnlyDictionary<string, TimeSpan> Timings,
    IReadOnlyList<Measurement> Measurements,
    IReadOnlyList<QueryPlan> Plans,
    IReadOnlyList<WhatIf> WhatIfs,
    ScenarioFacts Facts)
{
    public string Label => $"{(Provider == "Postgres" ? "PostgreSQL" : "SQLite")} {Shape.Label}";

    public Measurement? Find(string key) => Measurements.FirstOrDefault(m => m.Key == key);
}

/// <summary>One run: a fresh database, generated data, the measurements, the query plans.</summary>
internal static class BenchRun
{
    public static async Task<RunResult> RunAsync(BenchTarget target, DataShape shape, BenchOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(options);
        Console.WriteLine($"  {target.Provider} at {shape.Label}: {shape.Units:N0} units, {shape.Individuals:N0} individuals, {shape.Cases:N0} cases, {shape.AuditEvents:N0} audit events ({target.Where})");
        var now = DateTimeOffset.UtcNow.AddMinutes(-5);
        var contextOptions = target.Options();
        var data = await DataGenerator.RunAsync(contextOptions, shape, options.Seed, now, writers: target.IsPostgres ? 2 : 1, cancellationToken);
        var timings = new Dictionary<string, TimeSpan>(data.Timings);
        Console.WriteLine($"    generated cases in {data.Timings["cases"].TotalSeconds:N1} s ({shape.Cases / data.Timings["cases"].TotalSeconds:N0} cases/s)");

        await using var services = AppServices.Build(target);
        var subjects = BenchSubjects.Choose(data);
        var clock = Stopwatch.StartNew();
        await AuditGenerator.RunAsync(contextOptions, services.GetRequiredService<AuditChain>(), data, subjects.Person, shape.AuditEvents, options.Seed + 1, now, cancellationToken);
        timings["audit events"] = clock.Elapsed;
        Console.WriteLine($"    generated audit events in {clock.Elapsed.TotalSeconds:N1} s ({shape.AuditEvents / clock.Elapsed.TotalSeconds:N0} events/s)");

        clock.Restart();
        await using (var db = new SamplanDbContext(contextOptions))
        {
            // What autovacuum does shortly after a bulk load: statistics and the visibility map.
            if (db.IsPostgres)
            {
                db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
                await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE", cancellationToken);
            }
        }

        timings["vacuum analyze"] = clock.Elapsed;
        var scenarios = new Scenarios(services, subjects, options, cancellationToken);
        var facts = await scenarios.RunAsync();
        var plans = await PlansAsync(services, contextOptions, subjects, cancellationToken);
        var (version, settings) = await ServerAsync(contextOptions, cancellationToken);
        var (tables, bytes) = await SizesAsync(contextOptions, target, cancellationToken);
        Console.WriteLine("    candidate changes (what-if, on the same data):");
        var whatIf = new WhatIfs(services, contextOptions, subjects, options, cancellationToken);
        var whatIfs = target.IsPostgres ? await whatIf.RunPostgresAsync() : await whatIf.RunSqliteAsync();

        return new RunResult(target.Provider, shape, version, settings, tables, bytes, subjects, data.CasesPerTarget, timings, scenarios.Results, plans, whatIfs, facts);
    }

    private static async Task<IReadOnlyList<QueryPlan>> PlansAsync(IServiceProvider services, Microsoft.EntityFrameworkCore.DbContextOptions<SamplanDbContext> options, BenchSubjects subjects, CancellationToken cancellationToken)
    {
        var today = services.GetRequiredService<SwedishClock>().Today;
        var busy = subjects.Busy;
        var quarter = new AuditPeriod(today.AddDays(-90), today);
        Guid anyCase;
        SearchTerms terms;
        await using (var db = new SamplanDbContext(options))
        {
            var rows = await new CaseListQuery(db).RunAsync(busy.Id, new CaseListFilter(null, null, CaseListShow.All), today, cancellationToken);
            anyCase = rows[rows.Count / 2].Id;
            terms = await SearchTerms.FindAsync(db, busy.Id, today, cancellationToken);
        }

        return
        [
            await QueryPlans.ExplainAsync(options, "Case list, open cases, busiest unit (CaseListQuery)",
                db => new CaseListQuery(db).RunAsync(busy.Id, new CaseListFilter(null, null, CaseListShow.Open), today, cancellationToken), cancellationToken),
            await QueryPlans.ExplainAsync(options, "Case list, search by full name, busiest unit (CaseListQuery)",
                db => new CaseListQuery(db).RunAsync(busy.Id, new CaseListFilter(terms.FullName, null, CaseListShow.All), today, cancellationToken), cancellationToken),
            await QueryPlans.ExplainAsync(options, "Case list, search by family name, busiest unit (CaseListQuery)",
                db => new CaseListQuery(db).RunAsync(busy.Id, new CaseListFilter(terms.FamilyName, null, CaseListShow.All), today, cancellationToken), cancellationToken),
            await QueryPlans.ExplainAsync(options, "Case list, search by personnummer, busiest unit (CaseListQuery)",
                db => new CaseListQuery(db).RunAsync(busy.Id, new CaseListFilter(terms.Number.ToString(), null, CaseListShow.All), today, cancellationToken), cancellationToken),
            await QueryPlans.ExplainAsync(options, "One case by id with the visibility rule (as CaseRepository.FindAsync)",
                db => db.Cases.Where(c => c.Id == anyCase).Where(CaseVisibility.For(busy.Id, today)).SingleOrDefaultAsync(cancellationToken), cancellationToken),
            await QueryPlans.ExplainAsync(options, "Auditor's extract for one person, 90 days (PersonAccessExtract, rows)",
                db => new PersonAccessExtract(db).RunAsync(busy.OrganisationId, subjects.Person.IndividualId, quarter, cancellationToken), cancellationToken),
            await QueryPlans.ExplainAsync(options, "Auditor's search, whole organisation, whole log (AuditEventSearch, count)",
                db => new AuditEventSearch(db).RunAsync(new AuditEventFilter(busy.OrganisationId, AuditPeriod.Whole), 1, cancellationToken: cancellationToken), cancellationToken, first: true),
        ];
    }

    private static async Task<(string Version, IReadOnlyList<(string, string)> Settings)> ServerAsync(Microsoft.EntityFrameworkCore.DbContextOptions<SamplanDbContext> options, CancellationToken cancellationToken)
    {
        await using var db = new SamplanDbContext(options);
        if (!db.IsPostgres)
        {
            var sqlite = await db.Database.SqlQueryRaw<string>("SELECT sqlite_version() AS \"Value\"").SingleAsync(cancellationToken);
            var journal = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode").SingleAsync(cancellationToken);
            return ($"SQLite {sqlite}", [("journal_mode", journal)]);
        }

        var version = await db.Database.SqlQueryRaw<string>("SELECT version() AS \"Value\"").SingleAsync(cancellationToken);
        var settings = new List<(string, string)>();
        foreach (var name in new[] { "shared_buffers", "work_mem", "effective_cache_size", "fsync", "synchronous_commit", "full_page_writes", "jit", "max_parallel_workers_per_gather" })
        {
            var value = await db.Database.SqlQuery<string>($"SELECT current_setting({name}) AS \"Value\"").SingleAsync(cancellationToken);
            settings.Add((name, value));
        }

        return (version, settings);
    }

    private static async Task<(IReadOnlyList<(string, long, long?)> Tables, long? Bytes)> SizesAsync(Microsoft.EntityFrameworkCore.DbContextOptions<SamplanDbContext> options, BenchTarget target, CancellationToken cancellationToken)
    {
        await using var db = new SamplanDbContext(options);
        var tables = new List<(string, long, long?)>();
        foreach (var table in new[] { "Organisations", "Units", "Individuals", "Cases", "CaseUnits", "AuditEvents" })
        {
            // Table names come from the fixed list above; identifiers cannot be parameters.
            var count = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"";
            var rows = await db.Database.SqlQueryRaw<long>(count).SingleAsync(cancellationToken);
            var quoted = "\"" + table + "\"";
            long? size = db.IsPostgres
                ? await db.Database.SqlQuery<long>($"SELECT pg_total_relation_size({quoted}::regclass) AS \"Value\"").SingleAsync(cancellationToken)
                : null;
            tables.Add((table, rows, size));
        }

        long? total = db.IsPostgres
            ? await db.Database.SqlQueryRaw<long>("SELECT pg_database_size(current_database()) AS \"Value\"").SingleAsync(cancellationToken)
            : new FileInfo(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(target.ConnectionString).DataSource).Length;
        return (tables, total);
    }
}
