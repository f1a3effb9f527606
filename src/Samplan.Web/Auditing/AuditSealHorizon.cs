using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Samplan.Data;

namespace Samplan.Web.Auditing;

/// <summary>
/// The highest event id up to which every audit row has either committed or never will (a
/// rolled-back insert), so that the sealer can chain them in id order without leaving one behind.
/// <para>SQLite has one writer at a time and commits rows in id order: whatever is visible is
/// settled. On PostgreSQL an id is drawn from the sequence when the INSERT (or COPY) runs, so a
/// lower id may still be in flight while higher ones are visible. The horizon is read in two
/// steps: first the highest visible id <c>L</c> and the database clock <c>t</c>, read after the
/// statement's snapshot; the row <c>L</c> committed before that snapshot, so every transaction
/// that drew a lower id drew it before, and began before <c>t</c>. (The highest visible id, not
/// the sequence's last value: it needs no privilege on the sequence, and rows above it are
/// above the horizon anyway.) Then it waits until no
/// session of this database that began its transaction before <c>t</c> is still writing or in a
/// statement (<c>pg_stat_activity</c>: a transaction id, or state <c>active</c>, since COPY draws
/// ids for a buffer of rows before the transaction id is assigned). From then on every row up to
/// <c>L</c> is committed or gone. A request's transaction lasts milliseconds, so the wait is short;
/// a long-running statement of the app's role delays sealing until it ends, which the lag warning
/// shows (<see cref="AuditSealStatus"/>). The app's own sessions are always visible to it in
/// <c>pg_stat_activity</c>; sessions of other roles cannot write audit rows.</para>
/// </summary>
public sealed class AuditSealHorizon(SamplanDbContext db)
{
    /// <summary>How long one run waits for the transactions in flight to end.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(5);

    /// <summary>The settled horizon, or null when transactions begun earlier are still in flight after the wait.</summary>
    public async Task<long?> SettledAsync(CancellationToken cancellationToken = default)
    {
        if (!db.IsPostgres)
        {
            return await db.AuditEvents.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        }

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            long last;
            DateTime at;
            await using (var read = connection.CreateCommand())
            {
                // clock_timestamp() is read when the row is projected, after the snapshot and the scan.
                read.CommandText = """SELECT coalesce(max("Id"), 0), clock_timestamp() FROM "AuditEvents" """;
                await using var reader = await read.ExecuteReaderAsync(cancellationToken);
                await reader.ReadAsync(cancellationToken);
                last = reader.GetInt64(0);
                at = reader.GetDateTime(1);
            }

            var waited = System.Diagnostics.Stopwatch.StartNew();
            await using var inFlight = connection.CreateCommand();
            inFlight.CommandText = """
                SELECT EXISTS (SELECT 1 FROM pg_stat_activity
                    WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
                      AND xact_start <= @at AND (backend_xid IS NOT NULL OR state = 'active'))
                """;
            var parameter = inFlight.CreateParameter();
            parameter.ParameterName = "at";
            parameter.Value = at;
            inFlight.Parameters.Add(parameter);
            while (await InFlightAsync(inFlight, cancellationToken))
            {
                if (waited.Elapsed > MaxWait)
                {
                    return null;
                }

                await Task.Delay(Poll, cancellationToken);
            }

            return last;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<bool> InFlightAsync(DbCommand command, CancellationToken cancellationToken) =>
        await command.ExecuteScalarAsync(cancellationToken) is true;
}
