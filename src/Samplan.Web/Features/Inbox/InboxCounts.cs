using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Messages;

namespace Samplan.Web.Features.Inbox;

/// <summary>
/// How many messages await each unit's acknowledgement, for the count in the navigation of every
/// page. Counted from the database at most once per <see cref="Lifetime"/> per unit on this node,
/// so a page without data does not pay a statement for it (docs/benchmarks.md). A save on this node
/// that adds or acknowledges a unit's message forgets that unit's count at once
/// (<c>CacheInvalidationInterceptor</c>); one made on another node shows here within
/// <see cref="Lifetime"/>. The count names no person and decides nothing: the inbox itself is
/// always read from the database.
/// </summary>
public sealed class InboxCounts(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(15);

    /// <summary>A bound on memory: past this many units the cache starts over.</summary>
    public const int MaxEntries = 20_000;

    private readonly ConcurrentDictionary<Guid, Entry> _counts = new();

    private long _generation;

    public async Task<int> AwaitingAsync(SamplanDbContext db, Guid unitId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var generation = Interlocked.Read(ref _generation);
        if (_counts.TryGetValue(unitId, out var entry) && entry.Generation == generation && time.GetTimestamp() < entry.Expires)
        {
            return entry.Count;
        }

        var count = await Awaiting(db, unitId).CountAsync(cancellationToken);
        if (_counts.Count >= MaxEntries)
        {
            _counts.Clear();
        }

        // A count read while a save forgot this unit would bring the old number back: it is kept
        // only if nothing was forgotten since the read began.
        if (Interlocked.Read(ref _generation) == generation)
        {
            _counts[unitId] = new Entry(count, generation, time.GetTimestamp() + (long)(Lifetime.TotalSeconds * time.TimestampFrequency));
        }

        return count;
    }

    /// <summary>For the menu: the count, or null when the database cannot answer now. The menu is on
    /// every page, the error pages too, so it must never be what fails a page.</summary>
    public async Task<int?> AwaitingForMenuAsync(SamplanDbContext db, Guid unitId, CancellationToken cancellationToken = default)
    {
        try
        {
            return await AwaitingAsync(db, unitId, cancellationToken);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return null;
        }
    }

    /// <summary>What awaits the unit's acknowledgement, as a query (the inbox lists the same rows first).</summary>
    public static IQueryable<MessageRecipient> Awaiting(SamplanDbContext db, Guid unitId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.MessageRecipients.Where(r => r.UnitId == unitId && r.Purpose == MessagePurpose.Acknowledge && r.AcknowledgedAt == null);
    }

    public void Forget(IEnumerable<Guid> unitIds)
    {
        ArgumentNullException.ThrowIfNull(unitIds);
        Interlocked.Increment(ref _generation);
        foreach (var unitId in unitIds)
        {
            _counts.TryRemove(unitId, out _);
        }
    }

    private readonly record struct Entry(int Count, long Generation, long Expires);
}
