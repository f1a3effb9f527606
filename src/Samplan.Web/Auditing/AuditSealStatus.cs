using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samplan.Data;

namespace Samplan.Web.Auditing;

/// <summary>How far sealing lags behind appending: rows not yet chained and the oldest one's age.</summary>
public sealed class AuditSealStatus(SamplanDbContext db, TimeProvider time, IOptions<AuditOptions> settings)
{
    public async Task<AuditSealLag> ReadAsync(CancellationToken cancellationToken = default)
    {
        // Below the sealer's mark every row is sealed, so only the few rows above it are looked at.
        var unsealed = UnsealedEvents.UpTo(db);
        var oldest = await unsealed.OrderBy(e => e.Id).Select(e => (DateTimeOffset?)e.At).FirstOrDefaultAsync(cancellationToken);
        var count = oldest is null ? 0 : await unsealed.CountAsync(cancellationToken);
        var age = oldest is { } at ? time.GetUtcNow() - at : TimeSpan.Zero;
        return new AuditSealLag(count, age < TimeSpan.Zero ? TimeSpan.Zero : age, TimeSpan.FromSeconds(settings.Value.MaxUnsealedSeconds));
    }
}

public sealed record AuditSealLag(int UnsealedCount, TimeSpan OldestAge, TimeSpan Allowed)
{
    public bool IsLagging => UnsealedCount > 0 && OldestAge > Allowed;
}
