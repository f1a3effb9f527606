using System.Data;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Samplan.Data;
using Samplan.Data.Auditing;

namespace Samplan.Web.Auditing;

/// <summary>
/// Inserts audit rows with group commit: appends from all requests of the node go into a queue,
/// and a few writer loops each take whatever is waiting (up to <see cref="MaxBatch"/> rows) and
/// insert it in one transaction. Every append still waits for its own row's commit, so a request
/// does not go on before its audit row is durable, but one disk flush serves many requests
/// instead of one. No lock is held anywhere: the loops insert side by side, and rows carry no
/// position until <see cref="AuditSealer"/> gives them one.
/// </summary>
public sealed class AuditAppender : IDisposable
{
    private const int MaxBatch = 500;
    private const int WriterLoops = 2;

    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<AuditAppender> _log;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>();
    private readonly Lazy<Task[]> _writers;

    public AuditAppender(IServiceScopeFactory scopes, ILogger<AuditAppender> log)
    {
        _scopes = scopes;
        _log = log;
        _writers = new Lazy<Task[]>(() => [.. Enumerable.Range(0, WriterLoops).Select(_ => Task.Run(WriteLoopAsync))]);
    }

    /// <summary>Completes once the rows are committed; throws what their insert threw.</summary>
    public Task AppendAsync(IReadOnlyList<AuditEvent> rows, CancellationToken cancellationToken = default)
    {
        var pending = new Pending(rows, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        _ = _writers.Value;
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The audit log is shutting down.");
        }

        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    public void Dispose() => _queue.Writer.TryComplete();

    private async Task WriteLoopAsync()
    {
        await using var lane = new Lane(_scopes);
        var batch = new List<Pending>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            var rows = 0;
            while (rows < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
                rows += pending.Rows.Count;
            }

            if (batch.Count == 0)
            {
                continue;
            }

            try
            {
                await lane.InsertAsync(batch.SelectMany(p => p.Rows));
                batch.ForEach(p => p.Done.TrySetResult());
            }
            catch (Exception ex) when (batch.Count > 1)
            {
                // One bad row must not fail the others' appends: retry each on its own.
                _log.LogWarning(ex, "Audit batch insert failed; inserting its {Count} appends one by one", batch.Count);
                foreach (var pending in batch)
                {
                    await InsertOneAsync(lane, pending);
                }
            }
            catch (Exception ex)
            {
                batch[0].Done.TrySetException(ex);
            }
        }
    }

    private static async Task InsertOneAsync(Lane lane, Pending pending)
    {
        try
        {
            foreach (var row in pending.Rows)
            {
                row.Id = 0;
            }

            await lane.InsertAsync(pending.Rows);
            pending.Done.TrySetResult();
        }
        catch (Exception ex)
        {
            pending.Done.TrySetException(ex);
        }
    }

    /// <summary>
    /// One writer loop's way to the database. On PostgreSQL the loop keeps one connection of its
    /// own open between batches: a pooled connection taken per batch costs a context, a reset
    /// (DISCARD ALL) and a round trip more than the COPY itself on a busy host (7,100 → 9,000
    /// appends/s, docs/benchmarks.md). A kept connection found broken is replaced and the batch
    /// sent again once. SQLite goes through EF as before.
    /// </summary>
    private sealed class Lane(IServiceScopeFactory scopes) : IAsyncDisposable
    {
        private string? _postgres;
        private bool _known;
        private NpgsqlConnection? _connection;

        public async Task InsertAsync(IEnumerable<AuditEvent> rows)
        {
            if (!_known)
            {
                await using var probe = scopes.CreateAsyncScope();
                var context = probe.ServiceProvider.GetRequiredService<SamplanDbContext>();
                _postgres = context.Database.IsNpgsql() ? context.Database.GetConnectionString() : null;
                _known = true;
            }

            if (_postgres is null)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<SamplanDbContext>();
                db.AuditEvents.AddRange(rows);
                await db.SaveChangesAsync();
                return;
            }

            var reused = _connection is not null;
            try
            {
                await CopyAsync(rows);
            }
            catch when (reused && !Usable(_connection))
            {
                // The kept connection died while idle (a server restart, a failover, a proxy's idle
                // timeout): not the rows' fault, so they go again once on a new connection. Only
                // if the server committed and the answer was lost on the way are they then in the
                // log twice, which an audit log can bear; rows lost it cannot.
                await CopyAsync(rows);
            }
        }

        private static bool Usable(NpgsqlConnection? connection) =>
            connection is not null && connection.FullState == ConnectionState.Open;

        /// <summary>Opens a new connection unless the kept one is usable; a refused row (bad data)
        /// leaves the connection usable, so it is kept.</summary>
        private async Task CopyAsync(IEnumerable<AuditEvent> rows)
        {
            if (!Usable(_connection))
            {
                await DisposeAsync();
                _connection = new NpgsqlConnection(_postgres);
                await _connection.OpenAsync();
            }

            await AuditCopy.InsertAsync(_connection!, rows);
        }

        public async ValueTask DisposeAsync()
        {
            if (_connection is not null)
            {
                await _connection.DisposeAsync();
                _connection = null;
            }
        }
    }

    private sealed record Pending(IReadOnlyList<AuditEvent> Rows, TaskCompletionSource Done);
}
