using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samplan.Data;
using Samplan.Web.Auditing;
using Samplan.Web.Jobs;

namespace Samplan.Bench;

/// <summary>
/// <c>--audit-throughput SECONDS</c>: audit appends per second with 32 concurrent writers on
/// PostgreSQL, through the app's own <see cref="AuditLog"/>, while the app's own
/// <see cref="JobRunner"/> runs the sealer every 250 ms (lease included), and the seal lag under
/// that load: every 100 ms the age of the oldest unsealed row. Prints a Markdown section.
/// </summary>
internal static class AuditThroughput
{
    public const int Writers = 32;

    /// <summary>Set to run the writers without the sealer, to see what sealing costs the appends.</summary>
    public const string WithoutSealerVariable = "SAMPLAN_BENCH_WITHOUT_SEALER";

    public static async Task<int> RunAsync(string serverConnectionString, TimeSpan duration, CancellationToken cancellationToken)
    {
        var withoutSealer = Environment.GetEnvironmentVariable(WithoutSealerVariable) is "1";
        var loadBefore = MachineInfo.LoadAverageNow();
        await using var target = await BenchTarget.CreatePostgresAsync(serverConnectionString, 0, keep: false, cancellationToken);
        await using (var db = new SamplanDbContext(target.Options()))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        await using var services = AppServices.Build(target);
        var runner = services.GetRequiredService<JobRunner>();
        var appends = 0L;
        var latencies = new ConcurrentBag<double>();
        var lags = new ConcurrentBag<double>();
        using var stopWriters = new CancellationTokenSource(duration);
        using var stopBackground = new CancellationTokenSource();
        var unit = Guid.NewGuid();
        var organisation = Guid.NewGuid();

        var sealing = Task.Run(async () =>
        {
            while (!stopBackground.IsCancellationRequested)
            {
                if (!withoutSealer)
                {
                    await runner.RunOnceAsync(AuditSealer.JobName, CancellationToken.None);
                }

                await Task.Delay(250, CancellationToken.None);
            }
        }, CancellationToken.None);
        var sampling = Task.Run(async () =>
        {
            while (!stopBackground.IsCancellationRequested)
            {
                await using var scope = services.CreateAsyncScope();
                var lag = await scope.ServiceProvider.GetRequiredService<AuditSealStatus>().ReadAsync(CancellationToken.None);
                lags.Add(lag.OldestAge.TotalSeconds);
                await Task.Delay(100, CancellationToken.None);
            }
        }, CancellationToken.None);

        var wall = Stopwatch.StartNew();
        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            AppServices.SignIn(services, "bench-writer-" + w.ToString(CultureInfo.InvariantCulture), "Bench Writer", unit, organisation);
            while (!stopWriters.IsCancellationRequested)
            {
                var watch = Stopwatch.StartNew();
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AuditLog>().WriteAsync(AuditAction.CaseListViewed, AuditOutcome.Success, detail: "bench throughput", cancellationToken: CancellationToken.None);
                latencies.Add(watch.Elapsed.TotalMilliseconds);
                Interlocked.Increment(ref appends);
            }
        }, CancellationToken.None)).ToArray();
        await Task.WhenAll(writers);
        var writing = wall.Elapsed;
        if (withoutSealer)
        {
            // A diagnostic, not the figure: what the appends alone reach when nothing chains them.
            await stopBackground.CancelAsync();
            await Task.WhenAll(sealing, sampling);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Without the sealer ({WithoutSealerVariable}): {appends / writing.TotalSeconds:N0} appends/s with {Writers} writers; nothing sealed."));
            return 0;
        }


        // After the last append: how long until the sealer has chained everything.
        var drain = Stopwatch.StartNew();
        while (true)
        {
            await using var scope = services.CreateAsyncScope();
            if ((await scope.ServiceProvider.GetRequiredService<AuditSealStatus>().ReadAsync(cancellationToken)).UnsealedCount == 0)
            {
                break;
            }

            await Task.Delay(50, cancellationToken);
        }

        var drained = drain.Elapsed;
        await stopBackground.CancelAsync();
        await Task.WhenAll(sealing, sampling);

        AuditVerification verification;
        var verifyWatch = Stopwatch.StartNew();
        await using (var scope = services.CreateAsyncScope())
        {
            verification = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(cancellationToken: cancellationToken);
        }

        var verifyTime = verifyWatch.Elapsed;
        var loadAfter = MachineInfo.LoadAverageNow();
        var sortedLatency = latencies.OrderBy(x => x).ToArray();
        var sortedLag = lags.OrderBy(x => x).ToArray();
        double Pct(double[] xs, double p) => xs.Length == 0 ? 0 : xs[Math.Min(xs.Length - 1, (int)Math.Ceiling(p * xs.Length) - 1)];

        var perSecond = appends / writing.TotalSeconds;
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"""

            | | |
            | --- | ---: |
            | Writers | {Writers} |
            | Duration of writing | {writing.TotalSeconds:N1} s |
            | Appends | {appends:N0} |
            | **Appends per second** | **{perSecond:N0}** |
            | Append latency median / p95 / max | {Pct(sortedLatency, 0.5):N2} / {Pct(sortedLatency, 0.95):N2} / {sortedLatency.LastOrDefault():N2} ms |
            | **Seal lag** (age of the oldest unsealed row, sampled every 100 ms) median / p95 / max | {Pct(sortedLag, 0.5):N2} / {Pct(sortedLag, 0.95):N2} / **{sortedLag.LastOrDefault():N2} s** |
            | All sealed after the last append | {drained.TotalSeconds:N2} s |
            | Sealer runs (250 ms interval, lease each run) | {runner.RunsOf(AuditSealer.JobName):N0} |
            | Full verification afterwards | {(verification.IsIntact ? "intact" : "BROKEN")}, {verification.EventsChecked:N0} events in {verifyTime.TotalSeconds:N1} s |
            | Load average (1/5/15 min) at start → end | {loadBefore} → {loadAfter} |
            """));
        return verification.IsIntact ? 0 : 1;
    }
}
