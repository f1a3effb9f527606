using System.Collections.Concurrent;

namespace Samplan.Web.Infrastructure;

/// <summary>
/// What the session check read for a user in an organisation (stamp, assignments, roles), kept for
/// a few seconds so that a signed-in page does not cost a statement before its own work
/// (docs/benchmarks.md, "The session check from a cache that every node is told to forget").
/// </summary>
/// <remarks>
/// It serves only while this node is sure to hear of every change: <see cref="SessionRevocationListener"/>
/// holds a LISTEN on PostgreSQL, where triggers announce every change of a stamp, an assignment, a
/// role or a unit's kind by any node (or by hand), and turns serving on once it listens and off the
/// moment its connection is lost. Saves on this node revoke at once, before the answer is sent
/// (<see cref="CacheInvalidationInterceptor"/>). Without a listener (SQLite, a single node) every
/// request reads the database, as before. <see cref="Lifetime"/> bounds what a lost notification
/// could cost.
/// </remarks>
public sealed class SessionCache(TimeProvider time)
{
    /// <summary>How long a check read from the database is reused at most.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>A bound on memory: one entry per signed-in user; past this the cache starts over.</summary>
    public const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<string, Entry> _users = new(StringComparer.Ordinal);

    private long _generation;

    private volatile bool _serving;

    /// <summary>Whether entries are handed out at all (see the remarks).</summary>
    public bool Serving => _serving;

    /// <summary>Taken before the database is read and handed to <see cref="Add"/>: a check read
    /// before a revocation is not kept after it. Every revocation moves it; entries already kept
    /// for other users stay.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet(string userId, Guid organisationId, out IReadOnlyList<SessionRow> rows)
    {
        if (_serving && _users.TryGetValue(userId, out var entry) && entry.OrganisationId == organisationId
            && time.GetTimestamp() < entry.Expires)
        {
            rows = entry.Rows;
            return true;
        }

        rows = [];
        return false;
    }

    /// <summary>Keeps a check read from the database. Nothing is kept for a user without rows: an
    /// unknown or deleted user is read again each time, so nothing stale can let them back in.</summary>
    public void Add(string userId, Guid organisationId, IReadOnlyList<SessionRow> rows, long generation)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (!_serving || rows.Count == 0 || generation != Generation)
        {
            return;
        }

        if (_users.Count >= MaxEntries)
        {
            _users.Clear();
        }

        var expires = time.GetTimestamp() + (long)(Lifetime.TotalSeconds * time.TimestampFrequency);
        var entry = new Entry(organisationId, rows, expires);
        _users[userId] = entry;

        // A revocation between the check above and the write would otherwise leave this entry
        // behind it: look again, and take back what was written if anything was revoked meanwhile.
        // (A revocation of someone else only costs this user a read.)
        if (generation != Generation)
        {
            _users.TryRemove(KeyValuePair.Create(userId, entry));
        }
    }

    /// <summary>Forgets one user's check: their next request reads the database.</summary>
    public void Revoke(string userId)
    {
        Interlocked.Increment(ref _generation);
        _users.TryRemove(userId, out _);
    }

    /// <summary>Forgets every check (a unit's kind or organisation changed, or a notification may
    /// have been missed).</summary>
    public void RevokeAll()
    {
        Interlocked.Increment(ref _generation);
        _users.Clear();
    }

    /// <summary>Called once the node listens: what was kept before may have missed a change.</summary>
    public void StartServing()
    {
        RevokeAll();
        _serving = true;
    }

    /// <summary>Called the moment the node may miss a notification.</summary>
    public void StopServing()
    {
        _serving = false;
        RevokeAll();
    }

    private sealed record Entry(Guid OrganisationId, IReadOnlyList<SessionRow> Rows, long Expires);
}
