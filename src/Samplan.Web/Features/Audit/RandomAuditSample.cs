using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Samplan.Data;

namespace Samplan.Web.Features.Audit;

/// <summary>Draws events at random from an organisation's log for a period. The draw happens in
/// memory over the sequence numbers (random ordering in SQL differs per provider) and uses a
/// cryptographic generator so that no one can predict which accesses will be checked.</summary>
public sealed class RandomAuditSample(SamplanDbContext db)
{
    public const int MinSize = 1;

    public const int MaxSize = 200;

    public const int DefaultSize = 20;

    /// <summary>Bounds the memory a draw needs: the newest events of the period.</summary>
    public const int MaxCandidates = 50_000;

    public async Task<DrawnSample> DrawAsync(Guid organisationId, AuditPeriod period, int size, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var candidates = await new AuditEventFilter(organisationId, period).Apply(db.AuditEvents.AsNoTracking())
            .OrderByDescending(e => e.Seal!.Sequence)
            .Select(e => e.Seal!.Sequence)
            .Take(MaxCandidates)
            .ToArrayAsync(cancellationToken);
        return new DrawnSample(Pick(candidates, size), candidates.Length);
    }

    /// <summary>A partial Fisher–Yates shuffle: the first <paramref name="size"/> places end up a uniform sample.</summary>
    private static List<long> Pick(long[] candidates, int size)
    {
        var count = Math.Min(size, candidates.Length);
        for (var i = 0; i < count; i++)
        {
            var j = RandomNumberGenerator.GetInt32(i, candidates.Length);
            (candidates[i], candidates[j]) = (candidates[j], candidates[i]);
        }

        return [.. candidates.Take(count).Order()];
    }
}

public sealed record DrawnSample(IReadOnlyList<long> Sequences, int Candidates);
