using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Web.Auditing;

namespace Samplan.Web.Infrastructure;

public static class HealthEndpoint
{
    /// <summary>200 when the database answers, 503 when it does not; for load balancers. A sealing
    /// lag is named in the body but keeps 200: the node serves fine, the background job needs a look.</summary>
    public static IEndpointRouteBuilder MapSamplanHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", async (SamplanDbContext db, AuditSealStatus sealStatus, CancellationToken cancellationToken) =>
        {
            bool reachable;
            try
            {
                // Reachable is not enough: a schema that failed to migrate cannot serve anyone.
                reachable = await db.Database.CanConnectAsync(cancellationToken)
                    && !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException or IOException)
            {
                reachable = false;
            }

            if (reachable && await sealStatus.ReadAsync(cancellationToken) is { IsLagging: true } lag)
            {
                return Results.Text($"healthy; warning: audit events unsealed for {lag.OldestAge.TotalSeconds:F0} s (max {lag.Allowed.TotalSeconds:F0} s)", "text/plain");
            }

            return reachable
                ? Results.Text("healthy", "text/plain")
                : Results.Text("database unreachable", "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous();
        return endpoints;
    }
}
