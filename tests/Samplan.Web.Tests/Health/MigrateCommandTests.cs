using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using Samplan.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Samplan.Web.Tests.Health;

/// <summary>
/// Migrations can run as a separate step under the schema owner (`dotnet Samplan.Web.dll
/// migrate`), so the app itself may run with a role that cannot alter the schema or the audit
/// triggers; with Database:MigrateAtStart=false the app does not migrate, and /health answers 503
/// until the step has run.
/// </summary>
public sealed class MigrateCommandTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_migrate_command_applies_every_migration_and_exits()
    {
        var file = Path.Combine(Path.GetTempPath(), $"samplan-migrate-{Guid.NewGuid():N}.db");
        try
        {
            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Samplan.Web.dll"), "migrate"])
            {
                WorkingDirectory = AppContext.BaseDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["Database__Provider"] = "Sqlite";
            start.Environment["ConnectionStrings__Samplan"] = $"Data Source={file}";
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            output.WriteLine(await stdout + await stderr);

            Assert.Equal(0, process.ExitCode);
            await using var connection = new SqliteConnection($"Data Source={file}");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM \"__EFMigrationsHistory\"";
            var applied = (long)(await command.ExecuteScalarAsync())!;
            var known = typeof(Samplan.Migrations.Sqlite.DesignTimeFactory).Assembly.GetTypes()
                .Count(t => t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute), false).Length > 0);
            Assert.Equal(known, applied);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Without_migrate_at_start_a_new_database_is_left_alone_and_health_says_503()
    {
        await using var factory = new NoMigrationFactory();
        await factory.Database.CreateAsync();
        using var client = factory.NewClient();

        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
    }

    private sealed class NoMigrationFactory() : SamplanFactory(null, TestDatabase.FromEnvironment())
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Database:MigrateAtStart", "false")];
    }
}
