using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Samplan.Data;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Data;

/// <summary>
/// On PostgreSQL the app prepares repeated statements and does not reset connections returned to
/// the pool (DatabaseSetup), unless the operator's connection string says otherwise; pages still
/// work with both. On SQLite there is nothing to check, and the test says so by returning.
/// </summary>
public sealed class PostgresConnectionDefaultsTests
{
    [Fact]
    public async Task The_app_prepares_statements_and_skips_the_reset_unless_the_connection_string_sets_them()
    {
        var database = new SharedDatabase();
        if (database.Provider != "Postgres")
        {
            return; // SQLite has neither setting.
        }

        await database.CreateForNodesAsync();
        try
        {
            await using (var node = await AppNodeFactory.StartAsync(database, ("Samplan:Jobs:Enabled", "false")))
            {
                var used = Used(node);
                Assert.Equal(64, used.MaxAutoPrepare);
                Assert.True(used.NoResetOnClose);
                var health = await node.CreateClient().GetAsync("/health");
                Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
            }

            var own = new NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxAutoPrepare = 0, NoResetOnClose = false }.ConnectionString;
            await using (var node = await AppNodeFactory.StartAsync(database, ("ConnectionStrings:Samplan", own), ("Samplan:Jobs:Enabled", "false")))
            {
                var used = Used(node);
                Assert.Equal(0, used.MaxAutoPrepare);
                Assert.False(used.NoResetOnClose);
            }
        }
        finally
        {
            await database.DropForNodesAsync();
        }
    }

    private static NpgsqlConnectionStringBuilder Used(AppNodeFactory node)
    {
        using var scope = node.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamplanDbContext>();
        return new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
    }
}
