using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Data.Jobs;

namespace Samplan.Web.Jobs;

/// <summary>
/// Takes, renews and gives back job leases in the <c>JobLeases</c> table with one atomic
/// statement each: an upsert whose update only applies when the lease is already ours or has
/// expired. Of two nodes racing for it exactly one statement changes the row, so exactly one
/// holds the lease (both PostgreSQL and SQLite run <c>INSERT … ON CONFLICT … DO UPDATE … WHERE</c>
/// atomically). Times come from the app's clock; nodes must keep their clocks in step (NTP) to
/// well within <see cref="JobOptions.LeaseSeconds"/>.
/// </summary>
public sealed class JobLeases(SamplanDbContext db, TimeProvider time)
{
    /// <summary>True when <paramref name="holder"/> now holds the lease until now + <paramref name="duration"/>.</summary>
    public async Task<bool> TryTakeAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().ToUniversalTime();
        var changed = await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "JobLeases" ("Name", "Holder", "ExpiresAt") VALUES ({0}, {1}, {2})
            ON CONFLICT ("Name") DO UPDATE SET "Holder" = excluded."Holder", "ExpiresAt" = excluded."ExpiresAt"
            WHERE "JobLeases"."Holder" = excluded."Holder" OR "JobLeases"."ExpiresAt" < {3}
            """,
            [name, holder, Instant(now + duration), Instant(now)],
            cancellationToken);
        return changed == 1;
    }

    /// <summary>Lets the lease go at once (a node stopping cleanly), so another node need not wait for it to expire.</summary>
    public Task<int> ReleaseAsync(string name, string holder, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync(
            """UPDATE "JobLeases" SET "ExpiresAt" = {0} WHERE "Name" = {1} AND "Holder" = {2}""",
            [Instant(DateTimeOffset.UnixEpoch), name, holder],
            cancellationToken);

    public Task<JobLease?> CurrentAsync(string name, CancellationToken cancellationToken = default) =>
        db.JobLeases.AsNoTracking().SingleOrDefaultAsync(l => l.Name == name, cancellationToken);

    /// <summary>Raw SQL bypasses the model's converters: SQLite stores instants as UTC ticks.</summary>
    private object Instant(DateTimeOffset at) => db.IsSqlite ? at.UtcTicks : at.ToUniversalTime();
}
