using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Samplan.Data;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Data;

/// <summary>What a migration test needs to write rows as an earlier version did: the context's
/// options for the test's provider, and the database migrated to just before one migration.</summary>
internal static class LegacyDatabase
{
    public static DbContextOptions<SamplanDbContext> OptionsFor(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var builder = new DbContextOptionsBuilder<SamplanDbContext>();
        return (database.Provider == "Postgres"
            ? builder.UseNpgsql(database.ConnectionString, o => o.MigrationsAssembly("Samplan.Migrations.Postgres"))
            : builder.UseSqlite(database.ConnectionString, o => o.MigrationsAssembly("Samplan.Migrations.Sqlite"))).Options;
    }

    /// <summary>Migrates to the migration before the one whose name ends in <paramref name="migration"/>; returns that one's full id.</summary>
    public static async Task<string> MigrateToJustBeforeAsync(SamplanDbContext db, string migration)
    {
        ArgumentNullException.ThrowIfNull(db);
        var all = db.Database.GetMigrations().ToList();
        var index = all.FindIndex(m => m.EndsWith("_" + migration, StringComparison.Ordinal));
        Assert.True(index > 0, $"No {migration} migration");
        await db.GetService<IMigrator>().MigrateAsync(all[index - 1]);
        return all[index];
    }
}
