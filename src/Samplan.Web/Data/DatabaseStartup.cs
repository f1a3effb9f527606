using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samplan.Data;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Data;

public static class DatabaseStartup
{
    /// <summary>Applies migrations and, in demo mode, seeds demo data on the first start.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Samplan.Startup");
        try
        {
            await using var migrating = QuietAboutExpectedFailures(scope.ServiceProvider.GetRequiredService<DbContextOptions<SamplanDbContext>>());
            await migrating.Database.MigrateAsync();
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            // The app still starts so /health can say the database is unreachable.
            logger.LogError(ex, "The database could not be migrated; /health will answer 503.");
            return;
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
            .ConfigureWarnings(w => w.Log((Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandError, LogLevel.Debug)))
            .Options);
}
