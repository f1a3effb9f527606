using System.Globalization;
using System.Text.RegularExpressions;

namespace Samplan.Bench;

/// <summary>The reading of the numbers. Every claim that depends on the run (a plan's index, a
/// ratio, a candidate's speed-up) is computed from it, so a run on other hardware stays truthful.</summary>
internal sealed partial class MarkdownReport
{
    private RunResult Large => runs.Where(r => r.Provider == "Postgres").MaxBy(r => r.Shape.Scale) ?? runs.MaxBy(r => r.Shape.Scale)!;

    private RunResult? Small => runs.Where(r => r.Provider == Large.Provider && r.Shape.Scale < Large.Shape.Scale).MinBy(r => r.Shape.Scale);

    private RunResult? Sqlite => runs.Where(r => r.Provider == "Sqlite").MaxBy(r => r.Shape.Scale);

    private void Interpretation()
    {
        var large = Large;
        Line("## What the numbers mean at national scale");
        Line();
        Line("The target (`ARCHITECTURE.md`, Scale) is one PostgreSQL primary for the whole country, about 10 million inhabitants,");
        Line("with audit events growing fastest. The question for each operation is whether its cost follows what one unit or one");
        Line("person has (then it stays flat as the country's tables grow) or the size of a whole table (then it grows with the country).");
        Line();
        Growth();
        Flat(large);
        Grows(large);
        Serialized(large);
        SqliteNote();
        WhatIfSection();
        Recommendations(large);
    }

    private void Growth()
    {
        if (Small is not { } small)
        {
            return;
        }

        var large = Large;
        var factor = (double)large.Shape.Cases / small.Shape.Cases;
        Line(Inv($"### From {small.Label} to {large.Label}: {factor:N0}× the cases, individuals, units and audit events"));
        Line();
        Line("| Operation | " + small.Label + " median | " + large.Label + " median | ratio | reading |");
        Line("| --- | ---: | ---: | ---: | --- |");
        foreach (var m in large.Measurements.Where(m => !m.Key.StartsWith("baseline", StringComparison.Ordinal)))
        {
            if (small.Find(m.Key) is not { } before || before.Median <= 0)
            {
                continue;
            }

            var ratio = m.Median / before.Median;
            // Two noisy medians on a shared machine can differ 2× by chance; growth must beat that.
            var reading = ratio < Math.Min(3, factor) ? "flat" : ratio < factor / 2 ? "grows, less than the data" : "grows with the data";
            Line(Inv($"| {m.Title} | {before.Median:N2} | {m.Median:N2} | {ratio:N1}× | {reading} |"));
        }

        Line();
        Line(Inv($"Single-millisecond medians move by ±50 % between runs on a shared machine; a ratio near {factor:N0}× is the signal, not 1.3×."));
        Line();
    }

    private void Flat(RunResult large)
    {
        var list = large.Plans.FirstOrDefault(p => p.Title.StartsWith("Case list, open", StringComparison.Ordinal));
        var usesIndex = list?.Uses("IX_CaseListEntries_UnitOrder") == true;
        Line("### Flat: bounded by an index");
        Line();
        if (large.Provider == "Postgres" && list is not null)
        {
            Line(usesIndex
                ? "- **Case list for a unit** (`CaseListQuery`, open cases and phase filter): the plan reads the unit's lines from `IX_CaseListEntries_UnitOrder`, already in the list's order (due date, family name, case), stops after the page's rows, and reaches only those cases by `PK_Cases` and people by `PK_Individuals` (plan below)."
                : "- **Case list for a unit**: the plan did **not** use `IX_CaseListEntries_UnitOrder` in this run (plan below); the list then reads more than its page.");
            Line(Inv($"  The busiest unit takes part in {large.Facts.BusyInvolved:N0} cases ({Median(large, "list.open.busy")}), a typical unit in {large.Facts.TypicalInvolved:N0} ({Median(large, "list.open.typical")}), out of {large.Shape.Cases:N0} in the table; a first page reads its rows whatever that number."));
        }

        Line($"- **One case by id with the visibility rule** ({Median(large, "case.load")}): `PK_Cases` plus `PK_CaseUnits`, a handful of pages whatever the size.");
        var extract = large.Plans.FirstOrDefault(p => p.Title.StartsWith("Auditor's extract", StringComparison.Ordinal));
        if (extract is not null && !extract.Uses("Seq Scan"))
        {
            Line($"- **Auditor, one person** (the person by the unique personnummer, then their events through {Names(extract)}): {Median(large, "audit.person.extract")} for the extract and {Median(large, "audit.search.person")} for the search; the work is that person's events in the period, the organisation's own and the refused attempts on its cases.");
        }
        Line($"- **Saving a transition** ({Median(large, "case.save")}) is an `UPDATE ... WHERE \"Id\" = @id AND \"Version\" = @expected` by primary key plus one audit append; a stale version writes nothing (checked: {(large.Facts.StaleSaveRefused ? "refused as it should be" : "NOT refused")}).");
        Line();
    }

    private void Grows(RunResult large)
    {
        var individuals = large.Shape.Individuals;
        Line("### Grows with the country");
        Line();
        var scanned = large.Plans
            .Where(p => p.Title.StartsWith("Case list, search", StringComparison.Ordinal) && p.Uses("Seq Scan on \"Individuals\""))
            .Select(p => p.Title.Split(',')[1].Trim())
            .ToList();
        if (scanned.Count > 0)
        {
            var worst = new[] { large.Find("list.search.name"), large.Find("list.search.pnr") }.OfType<Measurement>().Max(m => m.Median);
            Line(Inv($"- **Case list search** ({Median(large, "list.search.name")} by full name, {Median(large, "list.search.pnr")} by personnummer): `SearchText LIKE '%term%'` cannot use a B-tree index, and when the planner expects few matches it starts from a sequential scan of **all** {individuals:N0} individuals, then checks which matches the unit may see; in this run it did so for: {string.Join("; ", scanned)} (plans below). That grows linearly with the register: at a million individuals expect roughly {worst * 1_000_000 / individuals:N0} ms per search on this machine."));
            var family = large.Plans.FirstOrDefault(p => p.Title.StartsWith("Case list, search by family", StringComparison.Ordinal));
            if (family?.Uses("IX_CaseUnits_UnitId") == true)
            {
                Line(Inv($"  A common family name alone ({Median(large, "list.search.family")}) looks unselective, so the planner starts from the unit instead and stays bounded. So the more precise the term, the more of the register the search reads."));
            }
        }
        else
        {
            Line($"- **Case list search**: no search plan scanned all individuals in this run ({Median(large, "list.search.name")} by full name, {Median(large, "list.search.pnr")} by personnummer); see the plans below.");
        }

        if (Small is { } small && small.Find("units.all") is { } before && large.Find("units.all") is { } after)
        {
            Line(Inv($"- **`UnitDirectory.AllAsync`**, which the case page, the plan pages, the follow-up and invitation forms and the auditor's rows call on every request, reads every unit in the country: {before.Median:N2} ms for {small.Shape.Units:N0} units, {after.Median:N2} ms for {large.Shape.Units:N0}, linear in the directory (a national directory may well hold more units than the {large.Shape.Units:N0} generated here)."));
        }

        var extractPlan = large.Plans.FirstOrDefault(p => p.Title.StartsWith("Auditor's extract", StringComparison.Ordinal));
        if (extractPlan?.Uses("Seq Scan") == true)
        {
            Line($"- **Auditor, one person**: the extract's plan scans the audit table ({Median(large, "audit.person.extract")}); it grows with the whole log (plan below).");
        }

        var rate = large.Facts.VerifyEventsPerSecond;
        if (rate > 0)
        {
            Line(Inv($"- **Chain verification** is linear by design (every event is read and re-hashed in order): {rate:N0} events/s here, so 100 million events take about {100_000_000 / rate / 60:N0} minutes and a billion about {1_000_000_000 / rate / 3600:N1} hours. `Audit/Verify` runs it inside one HTTP request today; at national scale it belongs in a nightly background job (under the database lease the architecture describes) whose result the page shows."));
        }

        var count = large.Plans.FirstOrDefault(p => p.Title.Contains("whole organisation", StringComparison.Ordinal));
        if (count is not null && ExecutionMs(count.Plan) is { } ms && large.Facts.OrgYearTotal > 0)
        {
            var filter = "`CountAsync` in `AuditEventSearch`, over the organisation's own events or refused attempts on its cases";
            if (count.Uses("Seq Scan on \"AuditEvents\""))
            {
                var rows = large.Tables.First(t => t.Name == "AuditEvents").Rows;
                Line(Inv($"- **Auditor's search over a whole organisation** counts every matching event before showing page 1 ({filter}). With the `OR` in that filter the planner chose a **sequential scan of the whole audit table**: {ms:N2} ms for {rows:N0} rows here, about {ms * 1_000_000 / rows:N0} ms per million rows, growing with the country's log rather than the organisation's (plan below). The `Suspicion` page asks for the same count."));
            }
            else
            {
                var perRow = ms * 1_000_000 / large.Facts.OrgYearTotal;
                Line(Inv($"- **Auditor's search over a whole organisation** counts every matching event before showing page 1 ({filter}): through {Names(count)}, {ms:N2} ms for {large.Facts.OrgYearTotal:N0} events here (≈{perRow:N0} ns per event, so about {perRow:N0} ms per million). An organisation whose year holds tens of millions of events pays that on every page of a search without a person or user filter, and the `Suspicion` page asks for the same count."));
            }
        }

        Line();
    }

    private void Serialized(RunResult large)
    {
        Line("### The audit chain: appended without a lock, sealed afterwards");
        Line();
        Line(Inv($"Every read and write of personal data appends one event: an INSERT without position or hash, sharing its commit with other appends waiting at that moment (`AuditAppender`); the sealer job chains the rows afterwards. One append took {Median(large, "audit.append")}; a committed one-row write, the floor, {Median(large, "baseline.commit")}. The case page is {Median(large, "case.load")} to load and {Median(large, "case.load.audited")} with its audit event."));
        Line(Inv($"With {large.Facts.ConcurrentWriters} requests appending at once: **{large.Facts.ConcurrentAppendsPerSecond:N0} appends/s in total** ({Median(large, "audit.append.concurrent")} each). Nothing is locked, so more nodes add throughput; `--audit-throughput` measures 32 writers and the seal lag (section \"Audit log throughput\")."));
        Line();
    }

    private void SqliteNote()
    {
        if (Sqlite is not { } sqlite)
        {
            return;
        }

        var list = sqlite.Plans.FirstOrDefault(p => p.Title.StartsWith("Case list, open", StringComparison.Ordinal));
        Line("### SQLite, the embedded default");
        Line();
        if (list?.Plan.Split('\n').Any(l => l.Trim() == "SCAN c") == true)
        {
            Line(Inv($"SQLite runs the same list query by scanning every case (`SCAN c`, then the `EXISTS` on `CaseUnits` per case), so on SQLite the list grows with the whole table: {Median(sqlite, "list.open.busy")} for the busiest unit and {Median(sqlite, "list.open.typical")} for a typical one at {sqlite.Shape.Cases:N0} cases. That is fine for a demo or one municipality, and one more reason production is PostgreSQL."));
            if (sqlite.WhatIfs.FirstOrDefault()?.Plan?.Plan.Split('\n').Any(l => l.Trim() == "SCAN c") == true)
            {
                Line("Running `ANALYZE` does not change that plan (candidates below): SQLite does not turn the `EXISTS` into a join that starts at `IX_CaseUnits_UnitId`.");
            }
        }
        else
        {
            Line($"SQLite at {sqlite.Shape.Label}: the list query took {Median(sqlite, "list.open.busy")} for the busiest unit; plan below.");
        }

        Line();
    }

    private void WhatIfSection()
    {
        var tried = runs.Where(r => r.WhatIfs.Count > 0).ToList();
        if (tried.Count == 0)
        {
            return;
        }

        Line("### Candidate changes, measured on the same data");
        Line();
        Line("Tried on the bench database only, after all other measurements; the app and its migrations are unchanged.");
        Line();
        Line("| Run | Change | Operation | before: median / p95 | after: median / p95 | speed-up |");
        Line("| --- | --- | --- | ---: | ---: | ---: |");
        foreach (var run in tried)
        {
            foreach (var w in run.WhatIfs)
            {
                Line(Inv($"| {run.Label} | {w.Change} | {w.Operation ?? run.Find(w.Query)?.Title ?? w.Query} | {w.Before.Median:N2} / {w.Before.P95:N2} | {w.After.Median:N2} / {w.After.P95:N2} | {w.Before.Median / w.After.Median:N1}× |"));
            }
        }

        Line();
    }

    private void Recommendations(RunResult large)
    {
        Line("## Recommended changes to src (not made by the bench)");
        Line();
        var n = 1;
        if (Find(large, "list.search.pnr", "Personnummer") is { } exact)
        {
            Line(Inv($"{n++}. **Match a typed personnummer exactly.** `CaseListQuery` turns a parsable number into its twelve digits and then looks for it *inside* `SearchText`; matching `i.Personnummer == number` instead uses the unique `IX_Individuals_Personnummer` and drops the scan: {exact.Before.Median:N2} → {exact.After.Median:N2} ms median ({exact.Before.Median / exact.After.Median:N1}×) for the busiest unit at {large.Shape.Individuals:N0} individuals, and it stays flat as the register grows. A query change in `Features/Cases/CaseListQuery.cs`, no migration."));
        }

        NameSearch(large, ref n);

        if (Find(large, "list.open.busy", "CaseUnits") is { } unitCase)
        {
            var gain = unitCase.Before.Median / unitCase.After.Median;
            Line(gain >= 1.5
                ? Inv($"{n++}. **Index `CaseUnits (UnitId, CaseId)`.** Replaces `IX_CaseUnits_UnitId`; the unit's case ids then come from the index alone: {unitCase.Before.Median:N2} → {unitCase.After.Median:N2} ms ({gain:N1}×).")
                : Inv($"{n++}. **No change to `CaseUnits`' indexes.** An index on `(UnitId, CaseId)` for index-only access changed the busiest unit's list from {unitCase.Before.Median:N2} to {unitCase.After.Median:N2} ms ({gain:N1}×): within noise, so `IX_CaseUnits_UnitId` is enough; the list's cost is reaching the unit's cases and people, which no index on `CaseUnits` removes."));
        }

        Line($"{n++}. **Verify the audit chain in a nightly job, incrementally.** Linear by design ({large.Facts.VerifyEventsPerSecond:N0} events/s here). Run `AuditVerifier` as a background job under a database lease, store the last verified sequence and hash (itself covered by the HMAC key), verify only newer events each night and the whole chain now and then; the `Verify` page shows the latest result instead of walking the chain inside an HTTP request.");
        Line($"{n++}. **Raise the audit append ceiling before it binds.** {large.Facts.ConcurrentAppendsPerSecond:N0} appends/s nationally on this machine, each holding the chain lock through a commit. Group commit keeps one chain but amortizes the flush: one writer drains a queue and appends all waiting events in one transaction (each request still awaits its own event's commit). Separate chains per organisation (or per month partition, which the architecture asks for and the migrations do not have yet) would also let appends proceed in parallel.");
        if (Small is { } small && small.Find("units.all") is { } before && large.Find("units.all") is { } after && after.Median > before.Median)
        {
            Line($"{n++}. **Do not load the whole unit directory per request.** `UnitDirectory.AllAsync` grows with the number of units ({before.Median:N2} → {after.Median:N2} ms from {small.Shape.Units:N0} to {large.Shape.Units:N0} units) and the case page calls it every time; look up only the units the case names, or cache the directory per node for a short time (the HSA import can invalidate it).");
        }

        var split = Find(large, "audit.search.org.all", "separately");
        var count = large.Plans.FirstOrDefault(p => p.Title.Contains("whole organisation", StringComparison.Ordinal));
        if (split is not null && count?.Uses("Seq Scan on \"AuditEvents\"") == true)
        {
            Line(Inv($"{n++}. **Count the organisation's events on their indexes.** `AuditEventFilter`'s `OrganisationId = @org OR SubjectOrganisationId = @org` made PostgreSQL scan the whole audit table for the organisation-wide count; two counts, `OrganisationId = @org` and `SubjectOrganisationId = @org AND OrganisationId <> @org` (no overlap, same total, checked), each use their own index: {split.Before.Median:N2} → {split.After.Median:N2} ms median for the count ({Gain(split):N1}×) at {large.Tables.First(t => t.Name == "AuditEvents").Rows:N0} events. The page of rows can take the same split (a `UNION ALL` of the two halves, ordered by sequence); that part is not measured here."));
        }
        else if (split is not null && count?.Uses("Bitmap Heap Scan") == true && Gain(split) >= 1.5)
        {
            Line(Inv($"{n++}. **Count the organisation's events on their indexes.** `AuditEventFilter`'s `OrganisationId = @org OR SubjectOrganisationId = @org` makes PostgreSQL combine two bitmap index scans and then visit the table row of every matching event to count it (`Bitmap Heap Scan`, plan below). Two counts, `OrganisationId = @org` and `SubjectOrganisationId = @org AND OrganisationId <> @org` (no overlap, same total, checked), each on its own index: {split.Before.Median:N2} → {split.After.Median:N2} ms median for the count ({Gain(split):N1}×) at {large.Tables.First(t => t.Name == "AuditEvents").Rows:N0} events. The page of rows can take the same split (a `UNION ALL` of the two halves, ordered by sequence); that part is not measured here."));
        }
        else if (split is not null)
        {
            Line(Inv($"{n++}. **The organisation-wide count** over `OrganisationId = @org OR SubjectOrganisationId = @org` used {(count is null ? "an unknown plan" : Names(count))}; splitting it into two counts changed it from {split.Before.Median:N2} to {split.After.Median:N2} ms ({Gain(split):N1}×)."));
        }

        Line($"{n++}. **Cap the auditor's count.** `AuditEventSearch` counts every match before page 1; count at most e.g. 10,001 rows (`Take(10_001).Count()`) and show \"more than 10,000\", or page by sequence without a total.");
        Line();
    }

    /// <summary>The trigram index helps a precise name and may hurt a common one; say which it did.</summary>
    private void NameSearch(RunResult large, ref int n)
    {
        if (Find(large, "list.search.name", "trgm") is not { } trgm)
        {
            return;
        }

        var trgmFamily = Find(large, "list.search.family", "trgm");
        var family = trgmFamily is null ? string.Empty : Inv($", by family name {trgmFamily.Before.Median:N2} → {trgmFamily.After.Median:N2} ms ({Gain(trgmFamily):N1}×)");
        var regression = trgmFamily is not null && Gain(trgmFamily) < 0.8;
        var verdict = Gain(trgm) >= 1.5 ? regression ? "worth adding, with a caveat" : "worth adding" : "not clearly worth it on this run";
        Line(Inv($"{n++}. **A trigram index for name search (PostgreSQL), {verdict}.** `CREATE EXTENSION pg_trgm` and a GIN index on `Individuals.SearchText` with `gin_trgm_ops` let `LIKE '%term%'` use an index, so the plan that starts from the register no longer reads all of it: by full name {trgm.Before.Median:N2} → {trgm.After.Median:N2} ms median ({Gain(trgm):N1}×){family}. The work then follows how many people in the country match the term, not the size of the register. It goes in `Samplan.Migrations.Postgres` only (pg_trgm is a trusted extension, so the database owner may create it); SQLite keeps its scan."));
        if (regression)
        {
            Line("   The caveat: a common family name got slower, because with the index the planner starts from every matching person in the country instead of from the unit. A search that only ever filters the unit's own rows (a bounded caseload, for instance in memory) would avoid both problems without an extension; that variant is not measured here.");
        }
    }

    private static string Names(QueryPlan plan) =>
        plan.Indexes.Count == 0 ? "no index" : string.Join(", ", plan.Indexes.Select(i => $"`{i}`"));

    private static double Gain(WhatIf w) => w.Before.Median / w.After.Median;

    private static WhatIf? Find(RunResult run, string query, string changeContains) =>
        run.WhatIfs.FirstOrDefault(w => w.Query == query && w.Change.Contains(changeContains, StringComparison.Ordinal));

    private static string Median(RunResult run, string key) =>
        run.Find(key) is { } m ? Inv($"{m.Median:N2} ms median, p95 {m.P95:N2}") : "not measured";

    private static double? ExecutionMs(string plan)
    {
        var match = ExecutionTime().Match(plan);
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"Execution Time: ([0-9.]+) ms")]
    private static partial Regex ExecutionTime();
}
