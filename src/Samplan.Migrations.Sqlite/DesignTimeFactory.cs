using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Samplan.Data;

namespace Samplan.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the context for this provider without the web app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SamplanDbContext>
{
    public SamplanDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SamplanDbContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options);
}
