using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Samplan.Data;

namespace Samplan.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the context for this provider without the web app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SamplanDbContext>
{
    public SamplanDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SamplanDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=samplan_design", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options);
}
