using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Samplan.Data;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Data;

/// <summary>
/// On PostgreSQL the case's and person's JSON columns are jsonb, and the migration converts rows
/// written by an earlier version (text) without loss. On SQLite the test checks nothing and says
/// so: the columns stay text there.
/// </summary>
public sealed class JsonbColumnsTests
{
    [Fact]
    public async Task Json_columns_are_jsonb_on_postgres_and_existing_rows_survive_the_conversion()
    {
        var database = TestDatabase.FromEnvironment();
        if (database.Provider != "Postgres")
        {
            return; // SQLite keeps text; nothing to convert.
        }

        await database.CreateAsync();
        try
        {
            await ConvertsAsync(database.ConnectionString);
        }
        finally
        {
            await database.DropAsync();
        }
    }

    private static async Task ConvertsAsync(string connectionString)
    {
        var options = new DbContextOptionsBuilder<SamplanDbContext>()
            .UseNpgsql(connectionString, o => o.MigrationsAssembly("Samplan.Migrations.Postgres")).Options;
        await using (var db = new SamplanDbContext(options))
        {
            // The schema as the version before jsonb left it, with a person and their relations as text.
            await db.GetService<IMigrator>().MigrateAsync("UnitKind");
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"Individuals\" (\"Id\", \"Personnummer\", \"GivenName\", \"FamilyName\", \"SearchText\", \"HasProtectedIdentity\", \"Relations\") " +
                "VALUES ('00000000-0000-0000-0000-00000000f00d', '199001012380', 'Ella', 'Äldre', 'ella äldre', false, " +
                "'[{{\"name\":\"Maj Äldre\",\"relation\":\"Guardian\"}}]')"); // braces doubled: ExecuteSqlRaw formats
            await db.Database.MigrateAsync();
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var types = new NpgsqlCommand(
            "SELECT table_name || '.' || column_name FROM information_schema.columns WHERE data_type = 'jsonb' ORDER BY 1", connection);
        var jsonb = new List<string>();
        await using (var reader = await types.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                jsonb.Add(reader.GetString(0));
            }
        }

        Assert.Contains("Cases.Plans", jsonb);
        Assert.Contains("Cases.Consent", jsonb);
        Assert.Contains("Individuals.Relations", jsonb);
        Assert.Contains("Cases.Protection", jsonb);
        await using var kept = new NpgsqlCommand("SELECT \"Relations\" -> 0 ->> 'name' FROM \"Individuals\" WHERE \"Id\" = '00000000-0000-0000-0000-00000000f00d'", connection);
        Assert.Equal("Maj Äldre", await kept.ExecuteScalarAsync());
    }
}
