using System.Globalization;
using System.Text;

namespace Samplan.Bench;

/// <summary>Renders docs/benchmarks.md from the runs of one invocation.</summary>
internal sealed partial class MarkdownReport(MachineInfo machine, string loadAfter, TimeSpan duration, BenchOptions options, IReadOnlyList<RunResult> runs, IReadOnlyList<string> skipped, IReadOnlyList<string> args)
{
    private readonly StringBuilder _md = new();

    public string Render()
    {
        Line("# Benchmarks");
        Line();
        Line($"Written by `bench/Samplan.Bench` on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; do not edit by hand, run it again (see `bench/README.md`).");
        Line("Performance is measured here, never in a timed unit test. Every number is one request's database work");
        Line("through the app's own classes (`CaseListQuery`, `CaseRepository`, `AuditLog`, `AuditVerifier`, `AuditEventSearch`,");
        Line("`PersonLookup`, `PersonAccessExtract`, `UnitDirectory`), in a fresh DI scope and `DbContext`, against data generated");
        Line("through the real domain transitions.");
        Line();
        Reproduce();
        Machine();
        Data();
        Results();
        Interpretation();
        Plans();
        return _md.ToString();
    }

    private void Reproduce()
    {
        Line("## Reproduce");
        Line();
        Line("```sh");
        Line("# as root, from the repository root: starts a throwaway PostgreSQL 15 on 127.0.0.1, runs, stops and deletes it");
        Line($"bench/run-postgres.sh {string.Join(' ', args)}".TrimEnd());
        Line("# or against a loopback server of your own (the bench creates and drops its own database):");
        Line($"SAMPLAN_BENCH_POSTGRES='Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=postgres' \\");
        Line($"  dotnet run -c Release --project bench/Samplan.Bench -- {string.Join(' ', args)}".TrimEnd());
        Line("```");
        Line();
        Line(Inv($"This run took {duration:hh\\:mm\\:ss} in total. Seed {options.Seed}, {options.Warmup} warm-up and {options.Iterations} measured iterations per query (chain verification: 1 + 3)."));
        foreach (var reason in skipped)
        {
            Line($"Skipped: {reason}.");
        }

        Line();
    }

    private void Machine()
    {
        Line("## Machine");
        Line();
        Line("| | |");
        Line("| --- | --- |");
        Line($"| CPUs (nproc) | {machine.Processors} × {machine.Cpu} |");
        Line($"| Memory | {machine.Memory} |");
        Line($"| OS | {machine.Os} |");
        Line($"| .NET | {machine.Runtime} |");
        foreach (var version in runs.Select(r => r.ServerVersion).Distinct())
        {
            Line($"| Database | {version} |");
        }

        foreach (var (name, value) in runs.Where(r => r.Provider == "Postgres").Take(1).SelectMany(r => r.ServerSettings))
        {
            Line($"| PostgreSQL `{name}` | {value} |");
        }

        Line($"| Load average (1/5/15 min) at start → end | {machine.LoadAverage} → {loadAfter} |");
        Line();
        Line("The machine is shared with other work (see the load average), so treat single milliseconds as noise; the");
        Line("ratios between sizes and between queries are the signal.");
        Line();
    }

    private void Data()
    {
        Line("## Data");
        Line();
        Line("Synthetic and fictitious: organisations and units of 21 areas per scale 1 (one region, municipalities, a few other actors each),");
        Line("individuals with made-up Luhn-valid personnummer (15 % children with guardians), and cases driven through `SipCase`'s own");
        Line("transitions (initiate, consent, preparation, invitation, meeting, plan draft, agreement, follow-up, closing, withdrawal,");
        Line("manual handling for protected identity), dated in the past so every date rule holds. Units and organisations grow with");
        Line("the scale too, so one unit's case load stays about the same while the tables grow ten-fold: a query that stays flat");
        Line("across scales is bounded by an index. Every 50th unit is a busy one that starts six times as many cases.");
        Line("Audit events: a year of reads and changes, hashed and chained with the app's `AuditChain`; one person gets 200 events at every scale.");
        Line();
        Line("| | " + string.Join(" | ", runs.Select(r => r.Label)) + " |");
        Line("| --- |" + string.Concat(runs.Select(_ => " ---: |")));
        Line("| Organisations / units | " + string.Join(" | ", runs.Select(r => Inv($"{r.Shape.Organisations:N0} / {r.Shape.Units:N0}"))) + " |");
        foreach (var table in new[] { "Individuals", "Cases", "CaseUnits", "AuditEvents" })
        {
            Line($"| {table} rows | " + string.Join(" | ", runs.Select(r => Inv($"{r.Tables.First(t => t.Name == table).Rows:N0}"))) + " |");
        }

        Line("| Cases per end state | " + string.Join(" | ", runs.Select(r => string.Join(", ", r.CasesPerTarget.Select(p => Inv($"{p.Key} {p.Value:N0}"))))) + " |");
        Line("| Busiest unit: cases it takes part in / visible to it / open and visible | " + string.Join(" | ", runs.Select(r => Inv($"{r.Facts.BusyInvolved:N0} / {r.Facts.BusyVisible:N0} / {r.Facts.BusyOpenVisible:N0}"))) + " |");
        Line("| Typical unit: cases it takes part in | " + string.Join(" | ", runs.Select(r => Inv($"{r.Facts.TypicalInvolved:N0}"))) + " |");
        Line("| Database size | " + string.Join(" | ", runs.Select(r => r.DatabaseBytes is { } b ? Mib(b) : "–")) + " |");
        foreach (var table in new[] { "Cases", "CaseUnits", "Individuals", "AuditEvents" })
        {
            Line($"| {table} with indexes | " + string.Join(" | ", runs.Select(r => r.Tables.First(t => t.Name == table).Bytes is { } b ? Mib(b) : "–")) + " |");
        }

        foreach (var step in new[] { "migrate", "directory and individuals", "cases", "audit events", "vacuum analyze" })
        {
            Line($"| Generation: {step} | " + string.Join(" | ", runs.Select(r => r.Timings.TryGetValue(step, out var t) ? Inv($"{t.TotalSeconds:N1} s") : "–")) + " |");
        }

        Line("| Cases written per second | " + string.Join(" | ", runs.Select(r => Inv($"{r.Shape.Cases / r.Timings["cases"].TotalSeconds:N0}"))) + " |");
        Line();
    }

    private void Results()
    {
        Line("## Results");
        Line();
        Line("Milliseconds per operation: median / p95 / max.");
        Line();
        Line("| Operation | " + string.Join(" | ", runs.Select(r => r.Label)) + " |");
        Line("| --- |" + string.Concat(runs.Select(_ => " ---: |")));
        foreach (var key in runs.SelectMany(r => r.Measurements.Select(m => m.Key)).Distinct())
        {
            var title = runs.Select(r => r.Find(key)).First(m => m is not null)!.Title;
            Line($"| {title} | " + string.Join(" | ", runs.Select(r => r.Find(key) is { } m ? Inv($"{m.Median:N2} / {m.P95:N2} / {m.Max:N2}") : "–")) + " |");
        }

        Line("| Chain verification, events per second | " + string.Join(" | ", runs.Select(r => Inv($"{r.Facts.VerifyEventsPerSecond:N0} ({r.Facts.VerifiedEvents:N0} events, intact: {(r.Facts.ChainIntact ? "yes" : "NO")})"))) + " |");
        Line("| Appends per second, " + runs[0].Facts.ConcurrentWriters + " concurrent writers | " + string.Join(" | ", runs.Select(r => Inv($"{r.Facts.ConcurrentAppendsPerSecond:N0}"))) + " |");
        Line("| Stale save refused (optimistic concurrency) | " + string.Join(" | ", runs.Select(r => r.Facts.SavedCases == 0 ? "not run" : r.Facts.StaleSaveRefused ? "yes" : "NO")) + " |");
        Line("| Auditor result sizes: person extract / org month / org whole log | " + string.Join(" | ", runs.Select(r => Inv($"{r.Facts.ExtractTotal:N0} / {r.Facts.OrgMonthTotal:N0} / {r.Facts.OrgYearTotal:N0}"))) + " |");
        Line();
    }

    private void Plans()
    {
        Line("## Query plans");
        Line();
        Line("The statements EF Core sends for the measured queries, explained with the same parameter values");
        Line("(`EXPLAIN (ANALYZE, BUFFERS)` on PostgreSQL, `EXPLAIN QUERY PLAN` on SQLite), from the largest run of each provider;");
        Line("the candidates' plans come last.");
        Line();
        foreach (var run in runs.GroupBy(r => r.Provider).Select(g => g.MaxBy(r => r.Shape.Scale)!))
        {
            foreach (var plan in run.Plans.Concat(run.WhatIfs.Select(w => w.Plan).OfType<QueryPlan>()))
            {
                Line($"### {run.Label}: {plan.Title}");
                Line();
                Line("```sql");
                Line(plan.Sql.Trim());
                Line("```");
                Line();
                Line("```");
                Line(plan.Plan);
                Line("```");
                Line();
            }
        }
    }

    private static string Mib(long bytes) => Inv($"{bytes / 1024.0 / 1024.0:N1} MiB");

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private void Line(string text = "") => _md.Append(text).Append('\n');
}
