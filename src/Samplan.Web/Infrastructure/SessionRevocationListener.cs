using Microsoft.EntityFrameworkCore;
using Npgsql;
using Samplan.Data;

namespace Samplan.Web.Infrastructure;

/// <summary>
/// Keeps <see cref="SessionCache"/> honest across nodes: a LISTEN on PostgreSQL, where the
/// triggers of migration SessionRevocationNotify announce, at commit, every change of a user's
/// security stamp, assignments or roles (payload: the user's id) and of a unit's kind or
/// organisation (payload <see cref="Everyone"/>), whichever node or tool made it. The cache serves
/// only while this connection listens; when it is lost the cache stops serving at once (every
/// request reads the database again) and the listener reconnects every second.
/// </summary>
/// <remarks>On SQLite (the embedded single-node default) it does nothing, and the cache never serves.</remarks>
public sealed class SessionRevocationListener(IServiceScopeFactory scopes, SessionCache sessions, ILogger<SessionRevocationListener> log) : BackgroundService
{
    public const string Channel = "samplan_session";

    /// <summary>The payload that revokes every cached check.</summary>
    public const string Everyone = "*";

    /// <summary>The application name the listening connection shows in pg_stat_activity.</summary>
    public const string ApplicationName = "samplan-session-listener";

    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string? connectionString;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SamplanDbContext>();
            if (!db.Database.IsNpgsql())
            {
                return;
            }

            connectionString = db.Database.GetConnectionString();
        }

        // Its own connection, outside the pool (a LISTEN belongs to one session), with keepalives
        // so that a connection the network silently dropped is noticed within seconds.
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            KeepAlive = 5,
            ApplicationName = ApplicationName,
        };
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await ListenAsync(builder.ConnectionString, stoppingToken);
                }
                catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or IOException or TimeoutException)
                {
                    sessions.StopServing();
                    log.LogWarning(ex, "Session revocation: lost the LISTEN connection; every session check reads the database until it is back");
                }

                await Task.Delay(Retry, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            sessions.StopServing();
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        connection.Notification += (_, e) => Apply(e.Payload);
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        // Only now is every later change heard; what was cached before is dropped by StartServing.
        sessions.StartServing();
        log.LogInformation("Session revocation: listening; session checks are served from the cache");
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }

    private void Apply(string payload)
    {
        if (payload == Everyone)
        {
            sessions.RevokeAll();
        }
        else
        {
            sessions.Revoke(payload);
        }
    }
}
