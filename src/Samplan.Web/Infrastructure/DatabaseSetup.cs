using Microsoft.EntityFrameworkCore;
using Samplan.Data;

namespace Samplan.Web.Infrastructure;

/// <summary>Chooses the provider: SQLite is the embedded default, PostgreSQL is production.</summary>
public static class DatabaseSetup
{
    public static IServiceCollection AddSamplanDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        var connectionString = configuration.GetConnectionString("Samplan")
            ?? throw new InvalidOperationException("ConnectionStrings:Samplan is not set.");

        // Pooled: a request takes a context that is already built (its options, its internal
        // services) and gives it back reset, instead of building both on every request; the
        // context holds no state of its own beyond what EF resets (docs/benchmarks.md, "Case
        // page: statements and allocations per request").
        services.AddSingleton<UnitNameCache>();
        services.AddSingleton<SessionCache>();
        services.AddSingleton<Features.Inbox.InboxCounts>();
        services.AddHostedService<SessionRevocationListener>();
        services.AddSingleton<CacheInvalidationInterceptor>();
        // Each provider's model is compiled into its migrations project (dotnet ef dbcontext
        // optimize, scripts/compile-models.sh), so a start does not build it from the
        // configuration classes: that was the largest part of a restart (docs/benchmarks.md,
        // "Cold start and memory"). CompiledModelTests fails when a model change was not compiled.
        services.AddDbContextPool<SamplanDbContext>((serviceProvider, options) =>
        {
            SamplanDbContext.UseSamplanModelCache(options);
            options.AddInterceptors(serviceProvider.GetRequiredService<CacheInvalidationInterceptor>(), serviceProvider.GetRequiredService<Features.Notices.NoticeWriter>());
            if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
            {
                options.UseNpgsql(PostgresConnectionString(connectionString), o => o.MigrationsAssembly("Samplan.Migrations.Postgres"))
                    .UseModel(Samplan.Migrations.Postgres.CompiledModel.SamplanDbContextModel.Instance);
            }
            else
            {
                options.UseSqlite(SqliteConnectionString(connectionString, environment), o => o.MigrationsAssembly("Samplan.Migrations.Sqlite"))
                    .UseModel(Samplan.Migrations.Sqlite.CompiledModel.SamplanDbContextModel.Instance);
            }
        });
        return services;
    }

    /// <summary>Two defaults for PostgreSQL, each kept only where the operator's connection string
    /// does not set it. Statements used repeatedly are prepared once per connection (Max Auto
    /// Prepare): a case page spent more time in PostgreSQL planning its seven statements than
    /// running them. No reset on close: returning a connection to the pool sent DISCARD ALL before
    /// every next statement, and the app keeps no session state to discard (no SET, temporary
    /// tables or advisory locks; transactions end before a connection goes back). Measured in
    /// docs/benchmarks.md, "HTTP pages".</summary>
    private static string PostgresConnectionString(string connectionString)
    {
        // Npgsql's builder answers ContainsKey for every keyword it knows; what the operator wrote
        // is read from the plain builder, keyword spelled with or without spaces.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", string.Empty, StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!given.Contains("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
        }

        if (!given.Contains("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    /// <summary>A relative SQLite file lives under the content root, and its folder is created.</summary>
    private static string SqliteConnectionString(string connectionString, IHostEnvironment environment)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(environment.ContentRootPath, builder.DataSource);
        }

        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder) && builder.DataSource != ":memory:")
        {
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (IOException)
            {
                // Left for /health to report: the database is then unreachable.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return builder.ToString();
    }
}
