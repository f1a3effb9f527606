using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samplan.Data;
using Samplan.Web.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Auditing;

/// <summary>
/// The verifier while 32 writers append at once (the sealer chaining behind them): it must never
/// report a deleted or broken entry that is only not sealed yet, and afterwards it must still find
/// an edited and a deleted entry at their positions. Its own app, because the chain ends up broken.
/// </summary>
public sealed class AuditUnderLoadTests : IAsyncLifetime
{
    private const int Writers = 32;
    private const int AppendsPerWriter = 60;

    private AppNodeFactory _app = null!;

    public async Task InitializeAsync() => _app = await AppNodeFactory.StartAsync(TestDatabase.FromEnvironment());

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_verifier_finds_no_tampering_while_32_writers_append_and_then_finds_an_edit_and_a_deletion_at_their_positions()
    {
        var start = await _app.HeadAsync();
        using var writing = new CancellationTokenSource();
        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(() => WriteAsync(w))).ToArray();
        var checks = 0;
        var verifying = Task.Run(async () =>
        {
            while (!writers.All(t => t.IsCompleted))
            {
                await using var scope = _app.Services.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync();
                Assert.True(result.IsIntact, string.Join("; ", result.Problems));
                checks++;
            }
        });
        await Task.WhenAll(writers);
        await verifying;

        await _app.SealAsync();
        var sealedNow = await _app.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Seal!.Sequence > start && e.UserId != null && e.UserId.StartsWith("writer-")));
        Assert.Equal(Writers * AppendsPerWriter, sealedNow);
        Assert.True(checks > 0);
        var verification = await _app.VerifyChainAsync();
        Assert.True(verification.IsIntact, string.Join("; ", verification.Problems));

        var edited = start + 100;
        var deleted = start + 1000;
        await _app.WithDbAsync(async db =>
        {
            await DisableTriggersAsync(db);
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEvents\" SET \"Detail\" = 'nothing to see' WHERE \"Id\" = (SELECT \"EventId\" FROM \"AuditSeals\" WHERE \"Sequence\" = {0})", edited);
            return await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEvents\" WHERE \"Id\" = (SELECT \"EventId\" FROM \"AuditSeals\" WHERE \"Sequence\" = {0})", deleted);
        });

        var problems = (await _app.VerifyChainAsync()).Problems;

        Assert.Equal([new AuditProblem(AuditProblemKind.Edited, edited, edited), new AuditProblem(AuditProblemKind.Deleted, deleted, deleted)], problems);
    }

    private async Task WriteAsync(int writer)
    {
        for (var i = 0; i < AppendsPerWriter; i++)
        {
            await using var scope = _app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AuditLog>().WriteForUserAsync(
                AuditAction.CaseViewed, AuditOutcome.Success, "writer-" + writer.ToString(CultureInfo.InvariantCulture), "Skrivare", detail: "load " + i.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static async Task<int> DisableTriggersAsync(SamplanDbContext db)
    {
        if (db.IsPostgres)
        {
            return await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"AuditEvents\" DISABLE TRIGGER USER");
        }

        await db.Database.ExecuteSqlRawAsync("DROP TRIGGER IF EXISTS audit_events_no_update");
        return await db.Database.ExecuteSqlRawAsync("DROP TRIGGER IF EXISTS audit_events_no_delete");
    }
}
