using Microsoft.Data.Sqlite;
using Npgsql;

namespace Samplan.Web.Tests.Infrastructure;

/// <summary>
/// The database one <see cref="SamplanFactory"/> runs against: a fresh PostgreSQL database when
/// SAMPLAN_TEST_POSTGRES names a server that allows CREATE DATABASE, else a fresh SQLite file.
/// The app migrates and seeds it itself when it starts; the factory drops it afterwards.
/// </summary>
public abstract class TestDatabase
{
    public const string PostgresVariable = "SAMPLAN_TEST_POSTGRES";

    /// <summary>The value for the app's Database:Provider setting.</summary>
    public abstract string Provider { get; }

    /// <summary>The value for the app's ConnectionStrings:Samplan setting.</summary>
    public abstract string ConnectionString { get; }

    public static bool UsesPostgres => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable));

    /// <summary>The database the environment selects.</summary>
    public static TestDatabase FromEnvironment()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        return string.IsNullOrWhiteSpace(admin) ? new SqliteTestDatabase() : new PostgresTestDatabase(admin);
    }

    /// <summary>A database of the selected provider that cannot be reached or opened.</summary>
    public static TestDatabase Unreachable() =>
        UsesPostgres ? new UnreachablePostgresDatabase() : new UnreachableSqliteDatabase();

    public virtual Task CreateAsync() => Task.CompletedTask;

    public abstract Task DropAsync();
}

internal sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"samplan-test-{Guid.NewGuid():N}.db");

    public override string Provider => "Sqlite";

    public override string ConnectionString => new SqliteConnectionStringBuilder { DataSource = _file }.ToString();

    public override Task DropAsync()
    {
        // Pooled connections keep the file open; release them before deleting it.
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm", _file + "-journal" })
        {
            File.Delete(path);
        }

        return Task.CompletedTask;
    }
}

internal sealed class PostgresTestDatabase(string adminConnectionString) : TestDatabase
{
    private readonly string _name = $"samplan_test_{Guid.NewGuid():N}";

    public override string Provider => "Postgres";

    public override string ConnectionString => new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = _name }.ToString();

    public override async Task CreateAsync()
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    public override async Task DropAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>A read-only SQLite database below a regular file: the folder cannot be created and the
/// file cannot be opened, so startup migration fails and /health must say so.</summary>
internal sealed class UnreachableSqliteDatabase : TestDatabase
{
    private readonly string _blocker = Path.Combine(Path.GetTempPath(), $"samplan-test-blocker-{Guid.NewGuid():N}");

    public UnreachableSqliteDatabase() => File.WriteAllText(_blocker, "not a folder");

    public override string Provider => "Sqlite";

    public override string ConnectionString => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(_blocker, "missing", "samplan.db"),
        Mode = SqliteOpenMode.ReadOnly,
    }.ToString();

    public override Task DropAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_blocker);
        return Task.CompletedTask;
    }
}

/// <summary>A PostgreSQL server that is not there: port 1 on the loopback refuses at once.</summary>
internal sealed class UnreachablePostgresDatabase : TestDatabase
{
    public override string Provider => "Postgres";

    public override string ConnectionString => "Host=127.0.0.1;Port=1;Username=postgres;Password=unused;Database=samplan;Timeout=3";

    public override Task DropAsync() => Task.CompletedTask;
}
