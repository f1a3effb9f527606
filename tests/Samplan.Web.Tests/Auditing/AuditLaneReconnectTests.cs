using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samplan.Web.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Auditing;

/// <summary>On PostgreSQL each audit writer loop keeps its connection open between batches. When
/// the server drops it (a restart or failover while the node is idle), the next append must still
/// land, not fail the request whose read it audits.</summary>
public sealed class AuditLaneReconnectTests : IAsyncLifetime
{
    private AppNodeFactory _app = null!;

    public async Task InitializeAsync() => _app = await AppNodeFactory.StartAsync(TestDatabase.FromEnvironment(), ("Samplan:Jobs:Enabled", "false"));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_append_after_the_server_dropped_the_writer_connections_is_written()
    {
        await AppendAsync("före");
        var dropped = 0;
        if (_app.Database.Provider == "Postgres")
        {
            dropped = await _app.WithDbAsync(db => db.Database.SqlQueryRaw<int>(
                """
                SELECT count(*)::int AS "Value" FROM (
                    SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                    WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE 'COPY "AuditEvents"%') AS t
                """).SingleAsync());
            Assert.True(dropped > 0, "no writer connection to drop: the lane no longer keeps one");
        }

        // Two appends: the loops take turns, so both kept connections are exercised.
        await AppendAsync("efter 1");
        await AppendAsync("efter 2");

        var details = await _app.WithDbAsync(db => db.AuditEvents.Where(e => e.UserId == "lane-test").Select(e => e.Detail!).ToListAsync());
        Assert.Equal(["efter 1", "efter 2", "före"], details.Order(StringComparer.Ordinal));
    }

    private async Task AppendAsync(string detail)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditLog>().WriteForUserAsync(AuditAction.CaseViewed, AuditOutcome.Success, "lane-test", "Lane Test", detail: detail);
    }
}
