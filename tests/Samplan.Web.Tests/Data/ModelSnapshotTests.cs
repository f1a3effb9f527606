using Microsoft.EntityFrameworkCore;
using Samplan.Data;

namespace Samplan.Web.Tests.Data;

/// <summary>
/// Each provider's migrations end where the model is: a model change without its migration fails
/// here. Start-up used to find that out (EF's pending-model-changes check inside every
/// <c>MigrateAsync</c>); it now migrates only when a migration is pending, so a restart does not
/// build and compare the snapshot's model (docs/benchmarks.md, "Cold start and memory").
/// No database is opened: the snapshot and the model are compared in memory.
/// </summary>
public sealed class ModelSnapshotTests
{
    [Fact]
    public void The_sqlite_migrations_match_the_model()
    {
        using var db = new SamplanDbContext(new DbContextOptionsBuilder<SamplanDbContext>()
            .UseSqlite("Data Source=:memory:", o => o.MigrationsAssembly("Samplan.Migrations.Sqlite")).Options);
        Assert.False(db.Database.HasPendingModelChanges(), "the SQLite model has changes no migration holds: dotnet ef migrations add … --project src/Samplan.Migrations.Sqlite");
    }

    [Fact]
    public void The_postgres_migrations_match_the_model()
    {
        using var db = new SamplanDbContext(new DbContextOptionsBuilder<SamplanDbContext>()
            .UseNpgsql("Host=127.0.0.1;Port=1;Database=unused", o => o.MigrationsAssembly("Samplan.Migrations.Postgres")).Options);
        Assert.False(db.Database.HasPendingModelChanges(), "the PostgreSQL model has changes no migration holds: dotnet ef migrations add … --project src/Samplan.Migrations.Postgres");
    }
}
