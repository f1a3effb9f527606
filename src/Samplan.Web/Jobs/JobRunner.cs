using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samplan.Data;
using Samplan.Web.Auditing;

namespace Samplan.Web.Jobs;

/// <summary>
/// The node's background loop: every <see cref="JobOptions.IntervalMilliseconds"/> it writes
/// the node's collapsed audit repeats, then runs each job whose lease it can take or renew. With
/// several nodes on one database every job runs on one node at a time; when that node stops it
/// gives the lease back, and when it crashes the lease expires and another node takes over.
/// Tests and tools call <see cref="RunOnceAsync"/> to run a job now.
/// </summary>
public sealed class JobRunner(IServiceScopeFactory scopes, IOptions<JobOptions> settings, TimeProvider time, AnonymousAuditCollapser anonymous, AuditAppender appender, ILogger<JobRunner> log) : BackgroundService
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new();
    private readonly ConcurrentDictionary<string, int> _runs = new();

    /// <summary>This node's name in the lease table: machine, process and a random part, so two
    /// app instances in one process (as in the tests) are two holders.</summary>
    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>How often this node has run the job (for tests and diagnostics).</summary>
    public int RunsOf(string name) => _runs.GetValueOrDefault(name);

    /// <summary>Runs the job now if this node can take its lease; false when another node holds it.</summary>
    public async Task<bool> RunOnceAsync(string name, CancellationToken cancellationToken = default)
    {
        // Within one node the loop and a direct call must not run the same job side by side:
        // they share the holder name, so the lease alone would let both in.
        var gate = _gates.GetOrAdd(name, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
            if (!await leases.TryTakeAsync(name, Holder, TimeSpan.FromSeconds(settings.Value.LeaseSeconds), cancellationToken))
            {
                return false;
            }

            var job = scope.ServiceProvider.GetServices<IJob>().Single(j => j.Name == name);
            await job.RunAsync(cancellationToken);
            _runs.AddOrUpdate(name, 1, (_, n) => n + 1);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.Enabled)
        {
            return;
        }

        string[] names;
        await using (var scope = scopes.CreateAsyncScope())
        {
            names = [.. scope.ServiceProvider.GetServices<IJob>().Select(j => j.Name)];
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(settings.Value.IntervalMilliseconds));
        do
        {
            try
            {
                await FlushRepeatsAsync(all: false, stoppingToken);
                foreach (var name in names)
                {
                    await RunOnceAsync(name, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException or TimeoutException)
            {
                // A database that is briefly away (or a migration not yet run) must not end the loop.
                log.LogWarning(ex, "Background jobs: round failed; retrying");
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await FlushRepeatsAsync(all: true, cancellationToken);
            await using var scope = scopes.CreateAsyncScope();
            var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
            foreach (var name in _gates.Keys)
            {
                await leases.ReleaseAsync(name, Holder, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException or TimeoutException or OperationCanceledException)
        {
            // The leases then expire on their own.
            log.LogWarning(ex, "Background jobs: could not give the leases back on stopping");
        }
    }

    private Task FlushRepeatsAsync(bool all, CancellationToken cancellationToken) =>
        AuditLog.FlushRepeatsAsync(appender, anonymous, time.GetUtcNow(), all, cancellationToken);

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
