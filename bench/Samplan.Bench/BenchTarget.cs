using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Samplan.Data;

namespace Samplan.Bench;

/// <summary>A fresh, empty database for one run: a new database on the given PostgreSQL server
/// (loopback only), or a new SQLite file in the temp folder. Disposing drops or deletes it.</summary>
internal sealed class BenchTarget : IAsyncDisposable
{
    private readonly string? _adminConnectionString;
    private readonly string? _databaseName;
    private readonly string? _sqlitePath;
    private readonly bool _keep;

    private BenchTarget(string provider, string connectionString, string? adminConnectionString, string? databaseName, string? sqlitePath, bool keep)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _adminConnectionString = adminConnectionString;
        _databaseName = databaseName;
        _sqlitePath = sqlitePath;
        _keep = keep;
    }

    /// <summary>"Postgres" or "Sqlite", as the app's Database:Provider setting spells them.</summary>
    public string Provider { get; }

    public string ConnectionString { get; }

    public bool IsPostgres => Provider == "Postgres";

    public string Where => IsPostgres ? $"database {_databaseName}" : $"file {_sqlitePath}";

    public static async Task<BenchTarget> CreatePostgresAsync(string serverConnectionString, double scale, bool keep, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString);
        if (builder.Host is not ("127.0.0.1" or "localhost" or "::1"))
        {
            throw new InvalidOperationException($"{BenchOptions.PostgresEnvironmentVariable} must point at a loopback server (127.0.0.1); got host '{builder.Host}'.");
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"samplan_bench_{(int)Math.Round(scale * 1000)}_{DateTime.UtcNow:yyyyMMddHHmmss}");
        await using (var admin = new NpgsqlConnection(serverConnectionString))
        {
            await admin.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        builder.Database = name;
        // Large enough for the concurrent-append measurement; the app's default pool is 100.
        builder.MaxPoolSize = Math.Max(builder.MaxPoolSize, 50);
        return new BenchTarget("Postgres", builder.ConnectionString, serverConnectionString, name, null, keep);
    }

    public static BenchTarget CreateSqlite(double scale, bool keep)
    {
        var path = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"samplan-bench-{(int)Math.Round(scale * 1000)}-{Guid.NewGuid():N}.db"));
        return new BenchTarget("Sqlite", new SqliteConnectionStringBuilder { DataSource = path }.ConnectionString, null, null, path, keep);
    }

    /// <summary>The same options the app builds in DatabaseSetup, migrations assembly included.</summary>
    public DbContextOptions<SamplanDbContext> Options() => IsPostgres
        ? new DbContextOptionsBuilder<SamplanDbContext>().UseNpgsql(ConnectionString, o => o.MigrationsAssembly("Samplan.Migrations.Postgres")).Options
        : new DbContextOptionsBuilder<SamplanDbContext>().UseSqlite(ConnectionString, o => o.MigrationsAssembly("Samplan.Migrations.Sqlite")).Options;

    public async ValueTask DisposeAsync()
    {
        if (_keep)
        {
            Console.WriteLine($"  kept {Where}");
            return;
        }

        if (IsPostgres)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(_adminConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
            {
                File.Delete(_sqlitePath + suffix);
            }
        }
    }
}
