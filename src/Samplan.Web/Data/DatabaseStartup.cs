using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samplan.Data;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Data;

public static class DatabaseStartup
{
    /// <summary>The separate step <c>dotnet Samplan.Web.dll migrate</c>: applies the migrations as
    /// the schema owner and exits (0 when done, 1 when not), so the app itself can run with a
    /// role that may not alter the schema or the audit triggers (docs/security.md).</summary>
    public static async Task<int> MigrateOnlyAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Samplan.Startup");
        try
        {
            await using var migrating = QuietAboutExpectedFailures(scope.ServiceProvider.GetRequiredService<DbContextOptions<SamplanDbContext>>());
            var pending = (await migrating.Database.GetPendingMigrationsAsync()).ToList();
            await migrating.Database.MigrateAsync();
            logger.LogInformation("Migrated: {Count} migration(s) applied ({Names}).", pending.Count, pending.Count == 0 ? "none pending" : string.Join(", ", pending));
            return 0;
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            logger.LogCritical(ex, "The database could not be migrated.");
            return 1;
        }
    }

    /// <summary>Applies migrations (unless <c>Database:MigrateAtStart</c> is false, for a deployment
    /// that runs the <c>migrate</c> step) and, in demo mode, seeds demo data on the first start.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Samplan.Startup");
        if (!app.Configuration.GetValue("Database:MigrateAtStart", true))
        {
            // /health answers 503 while migrations are pending, so a node never serves an old schema.
            logger.LogInformation("Database:MigrateAtStart is false: migrations are left to `Samplan.Web migrate`.");
            var db = scope.ServiceProvider.GetRequiredService<SamplanDbContext>();
            try
            {
                if ((await db.Database.GetPendingMigrationsAsync()).Any())
                {
                    logger.LogWarning("Migrations are pending; /health answers 503 until `Samplan.Web migrate` has run.");
                    return;
                }
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
            {
                logger.LogError(ex, "The database could not be reached; /health will answer 503.");
                return;
            }
        }
        else
        {
            try
            {
                // Both providers migrate with a context of their own that skips EF's pending-model
                // check (WithoutModelCheck). On PostgreSQL it is also quiet about the expected miss
                // of the history table on a new database, which the ordinary context logged at
                // error level even behind an IHistoryRepository.Exists check (FirstStartLogTests).
                var db = scope.ServiceProvider.GetRequiredService<SamplanDbContext>();
                if (db.Database.IsSqlite())
                {
                    // A restart has nothing to apply: asking costs one read of the history table,
                    // where MigrateAsync would still take its lock and start a context of its own.
                    // Should another process apply them in between, MigrateAsync's lock and
                    // history make it a no-op.
                    if ((await db.Database.GetPendingMigrationsAsync()).Any())
                    {
                        await using var migrating = WithoutModelCheck(scope.ServiceProvider.GetRequiredService<DbContextOptions<SamplanDbContext>>());
                        await migrating.Database.MigrateAsync();
                    }
                }
                else
                {
                    await using var migrating = QuietAboutExpectedFailures(scope.ServiceProvider.GetRequiredService<DbContextOptions<SamplanDbContext>>());
                    await migrating.Database.MigrateAsync();
                }
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
            {
                // The app still starts so /health can say the database is unreachable.
                logger.LogError(ex, "The database could not be migrated; /health will answer 503.");
                return;
            }
        }

        if (scope.ServiceProvider.GetRequiredService<IOptions<SamplanOptions>>().Value.DemoMode)
        {
            var demo = scope.ServiceProvider.GetRequiredService<DemoData>();
            if (await demo.SeedIfEmptyAsync())
            {
                logger.LogInformation("Demo data loaded.");
            }

            app.Lifetime.ApplicationStarted.Register(() => DemoData.PrintSignInHints(app.Urls));
        }
    }

    /// <summary>
    /// On a new PostgreSQL database EF Core first asks the migrations history table, which is not
    /// there yet, and logs that expected miss at level "fail:", which alarms whoever starts Samplan
    /// for the first time. The migration's own commands log such failures at Debug instead; a
    /// migration that really fails still throws, and is logged below with its exception.
    /// </summary>
    private static SamplanDbContext QuietAboutExpectedFailures(DbContextOptions<SamplanDbContext> options) =>
        new(new DbContextOptionsBuilder<SamplanDbContext>(options)
            .ConfigureWarnings(w => w
                .Log((Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandError, LogLevel.Debug))
                .Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning))
            .Options);

    /// <summary>
    /// The app's contexts use the compiled model, so EF's pending-model-changes check inside
    /// MigrateAsync would build the whole model from the configuration classes just to compare it
    /// with the last migration's snapshot: more than a second of a first start. That comparison is
    /// made where it can fail a change, in the build (ModelSnapshotTests), so the migrating context
    /// leaves it out; everything else about migrating is unchanged.
    /// </summary>
    private static SamplanDbContext WithoutModelCheck(DbContextOptions<SamplanDbContext> options) =>
        new(new DbContextOptionsBuilder<SamplanDbContext>(options)
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning))
            .Options);
}
