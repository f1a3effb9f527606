using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Auditing;

/// <summary>The database itself refuses to change or remove audit events (a trigger in SQLite and
/// PostgreSQL), whoever connects. Each attempt runs in a transaction that is rolled back, so a
/// missing trigger fails the test without breaking the shared app's chain.</summary>
[Collection(AuditAppCollection.Name)]
public sealed class AuditAppendOnlyTests(AuditedAppFactory factory)
{
    [Fact]
    public async Task The_database_refuses_to_update_an_audit_event()
    {
        var sequence = await NewEventAsync();

        var error = await AttemptAsync("UPDATE \"AuditEvents\" SET \"Detail\" = 'rewritten' WHERE \"Id\" = (SELECT \"EventId\" FROM \"AuditSeals\" WHERE \"Sequence\" = {0})", sequence);

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_refuses_to_update_every_audit_event_at_once()
    {
        await NewEventAsync();

        var error = await AttemptAsync("UPDATE \"AuditEvents\" SET \"Outcome\" = 'success'");

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_refuses_to_delete_an_audit_event()
    {
        var sequence = await NewEventAsync();

        var error = await AttemptAsync("DELETE FROM \"AuditEvents\" WHERE \"Id\" = (SELECT \"EventId\" FROM \"AuditSeals\" WHERE \"Sequence\" = {0})", sequence);

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_refuses_to_rewrite_a_seal()
    {
        var sequence = await NewEventAsync();

        var error = await AttemptAsync("UPDATE \"AuditSeals\" SET \"Hash\" = {0} WHERE \"Sequence\" = {1}", new string('0', 64), sequence);

        Assert.Contains("AuditSeals is append-only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_refuses_to_delete_a_seal()
    {
        var sequence = await NewEventAsync();

        var error = await AttemptAsync("DELETE FROM \"AuditSeals\" WHERE \"Sequence\" = {0}", sequence);

        Assert.Contains("AuditSeals is append-only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_refuses_to_truncate_the_seals_on_PostgreSQL()
    {
        if (!TestDatabase.UsesPostgres)
        {
            return; // SQLite has no TRUNCATE.
        }

        await NewEventAsync();

        var error = await AttemptAsync("TRUNCATE \"AuditSeals\"");

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_refuses_to_truncate_the_audit_events_on_PostgreSQL()
    {
        if (!TestDatabase.UsesPostgres)
        {
            return; // SQLite has no TRUNCATE; DELETE without WHERE is the same statement as above.
        }

        await NewEventAsync();

        var error = await AttemptAsync("TRUNCATE \"AuditEvents\"");

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_change_leaves_the_chain_intact()
    {
        var sequence = await NewEventAsync();
        await AttemptAsync("UPDATE \"AuditEvents\" SET \"Detail\" = 'rewritten' WHERE \"Id\" = (SELECT \"EventId\" FROM \"AuditSeals\" WHERE \"Sequence\" = {0})", sequence);

        var result = await factory.VerifyChainAsync();

        Assert.True(result.IsIntact, string.Join("; ", result.Problems));
    }

    /// <summary>Signs someone in, which appends one event, and returns its sequence.</summary>
    private async Task<long> NewEventAsync()
    {
        using var client = factory.NewClient();
        await client.SignInAsync(Demo.Karin);
        return await factory.HeadAsync();
    }

    private async Task<DbException> AttemptAsync(string sql, params object[] parameters)
    {
        Exception? thrown = null;
        var rows = await factory.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            try
            {
                return await db.Database.ExecuteSqlRawAsync(sql, parameters);
            }
            catch (Exception ex)
            {
                thrown = ex;
                return -1;
            }
            finally
            {
                await transaction.RollbackAsync();
            }
        });
        return thrown as DbException ?? throw new Xunit.Sdk.XunitException(
            $"The database accepted \"{sql}\" ({rows} rows changed, rolled back again); expected it to refuse. {thrown}");
    }
}
