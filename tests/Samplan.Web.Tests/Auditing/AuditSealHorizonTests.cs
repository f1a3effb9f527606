using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samplan.Data;
using Samplan.Data.Auditing;
using Samplan.Web.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Auditing;

/// <summary>
/// On PostgreSQL a row can commit after rows with higher ids. The sealer moves its mark only up to
/// a settled horizon, so such a row is sealed once it commits instead of being left behind
/// forever below the mark. Background jobs are off: the test runs the sealer itself.
/// </summary>
public sealed class AuditSealHorizonTests : IAsyncLifetime
{
    private AppNodeFactory _app = null!;

    public async Task InitializeAsync() => _app = await AppNodeFactory.StartAsync(TestDatabase.FromEnvironment(), ("Samplan:Jobs:Enabled", "false"));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_row_that_commits_after_a_higher_id_is_sealed_and_none_is_left_behind()
    {
        if (!TestDatabase.UsesPostgres)
        {
            return; // SQLite has one writer: a lower id cannot commit after a higher one.
        }

        await _app.SealAsync();

        // A request's transaction draws an id and stays open, as under load.
        await using var slowScope = _app.Services.CreateAsyncScope();
        var slow = slowScope.ServiceProvider.GetRequiredService<SamplanDbContext>();
        await using var open = await slow.Database.BeginTransactionAsync();
        var late = Row("late");
        slow.AuditEvents.Add(late);
        await slow.SaveChangesAsync();

        var early = Row("early");
        await _app.WithDbAsync(db =>
        {
            db.AuditEvents.Add(early);
            return db.SaveChangesAsync();
        });
        Assert.True(late.Id < early.Id);

        // The sealer runs while the lower id is still in flight and commits meanwhile.
        var sealing = _app.SealAsync();
        await Task.Delay(300);
        await open.CommitAsync();
        await sealing;
        await _app.SealAsync();

        var seals = await _app.WithDbAsync(db => db.AuditEvents.AsNoTracking()
            .Where(e => e.Id == late.Id || e.Id == early.Id).Select(e => new { e.Id, Sequence = (long?)e.Seal!.Sequence }).ToListAsync());
        Assert.All(seals, s => Assert.NotNull(s.Sequence));
        Assert.Equal(2, seals.Count);
        Assert.Equal(0, (await _app.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<AuditSealStatus>().ReadAsync()).UnsealedCount);
        var verification = await _app.VerifyChainAsync();
        Assert.True(verification.IsIntact, string.Join("; ", verification.Problems));
    }

    [Fact]
    public async Task The_sealer_finds_nothing_to_seal_above_its_mark_after_sealing()
    {
        using var client = _app.NewClient();
        await client.SignInAsync(Demo.Karin);

        await _app.SealAsync();

        var (mark, highest) = await _app.WithDbAsync(async db => (
            await db.AuditChainHeads.AsNoTracking().Select(h => h.SealedThroughEventId).SingleAsync(),
            await db.AuditEvents.MaxAsync(e => e.Id)));
        Assert.True(mark >= highest, $"mark {mark} below the highest id {highest}");
        Assert.Equal(0, await _app.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Seal == null)));
    }

    private static AuditEvent Row(string detail) => new()
    {
        Code = (int)AuditAction.CaseViewed,
        At = AuditChain.Truncate(DateTimeOffset.UtcNow),
        UserId = "horizon-test",
        UserName = "Horisont",
        Outcome = AuditOutcome.Success,
        Detail = detail,
    };
}
