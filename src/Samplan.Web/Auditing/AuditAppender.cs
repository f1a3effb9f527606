using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
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
    private const int WriterLoops = 4;

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
                await InsertAsync(batch.SelectMany(p => p.Rows));
                batch.ForEach(p => p.Done.TrySetResult());
            }
            catch (Exception ex) when (batch.Count > 1)
            {
                // One bad row must not fail the others' appends: retry each on its own.
                _log.LogWarning(ex, "Audit batch insert failed; inserting its {Count} appends one by one", batch.Count);
                foreach (var pending in batch)
                {
                    await InsertOneAsync(pending);
                }
            }
            catch (Exception ex)
            {
                batch[0].Done.TrySetException(ex);
            }
        }
    }

    private async Task InsertOneAsync(Pending pending)
    {
        try
        {
            foreach (var row in pending.Rows)
            {
                row.Id = 0;
            }

            await InsertAsync(pending.Rows);
            pending.Done.TrySetResult();
        }
        catch (Exception ex)
        {
            pending.Done.TrySetException(ex);
        }
    }

    private async Task InsertAsync(IEnumerable<AuditEvent> rows)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SamplanDbContext>();
        if (db.Database.IsNpgsql())
        {
            await AuditCopy.InsertAsync(db, rows);
            return;
        }

        db.AuditEvents.AddRange(rows);
        await db.SaveChangesAsync();
    }

    private sealed record Pending(IReadOnlyList<AuditEvent> Rows, TaskCompletionSource Done);
}
