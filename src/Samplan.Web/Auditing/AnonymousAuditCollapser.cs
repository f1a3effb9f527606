using System.Collections.Concurrent;
using Samplan.Data.Auditing;

namespace Samplan.Web.Auditing;

/// <summary>
/// Anyone can cause refused events before a session exists (a failed sign-in, with an unknown
/// name or a known one, a lockout, a rate-limit refusal), so one client could otherwise fill the
/// log. Per app node, the first such event of a code, outcome and named user from one client
/// address in a minute is written at once; the repeats in that
/// minute are only counted and written as one row with <see cref="AuditEvent.Repeats"/> once the
/// minute is over. The log then grows by at most two rows per address, code and minute (per node),
/// however hard it is hammered, and still says how often. Counted in memory rather than in a
/// database row so that a flood costs no writes at all; a node that crashes loses at most one
/// minute's count of repeats, never the first event.
/// </summary>
public sealed class AnonymousAuditCollapser
{
    private readonly ConcurrentDictionary<Key, Counter> _counters = new();

    /// <summary>True when <paramref name="e"/> is the first of its minute and must be written now.</summary>
    public bool IsFirst(AuditEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        // Keyed by the user id, not the typed name: random unknown names are one flood.
        var counter = _counters.GetOrAdd(KeyOf(e), _ => new Counter { UserName = e.UserId is null ? null : e.UserName });
        return Interlocked.Increment(ref counter.Count) == 1;
    }

    /// <summary>One row for each finished minute that had repeats; those minutes are forgotten.</summary>
    public IReadOnlyList<AuditEvent> TakeFinished(DateTimeOffset now, bool all = false)
    {
        var thisMinute = now.UtcTicks / TimeSpan.TicksPerMinute;
        var rows = new List<AuditEvent>();
        foreach (var key in _counters.Keys.Where(k => all || k.Minute < thisMinute))
        {
            if (_counters.TryRemove(key, out var counter) && counter.Count > 1)
            {
                var start = new DateTimeOffset(key.Minute * TimeSpan.TicksPerMinute, TimeSpan.Zero);
                rows.Add(new AuditEvent
                {
                    Code = key.Code,
                    At = AuditChain.Truncate(start.AddMinutes(1).AddMilliseconds(-1)),
                    ClientAddress = key.Address,
                    Outcome = key.Outcome,
                    // A known user's repeats stay with that user's organisation's auditors.
                    UserId = key.UserId,
                    UserName = counter.UserName,
                    OrganisationId = key.OrganisationId,
                    Repeats = counter.Count - 1,
                    Detail = $"repeats; minute={start:yyyy-MM-ddTHH:mm}Z",
                });
            }
        }

        return rows;
    }

    private static Key KeyOf(AuditEvent e) => new(e.Code, e.Outcome, e.ClientAddress ?? string.Empty, e.UserId, e.OrganisationId, e.At.UtcTicks / TimeSpan.TicksPerMinute);

    private readonly record struct Key(int Code, string Outcome, string Address, string? UserId, Guid? OrganisationId, long Minute);

    private sealed class Counter
    {
        public int Count;

        public string? UserName { get; init; }
    }
}
