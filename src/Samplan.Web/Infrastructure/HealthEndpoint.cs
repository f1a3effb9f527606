using Microsoft.EntityFrameworkCore;
using Samplan.Data;

namespace Samplan.Web.Infrastructure;

public static class HealthEndpoint
{
    /// <summary>200 when the database answers, 503 when it does not; for load balancers.</summary>
    public static IEndpointRouteBuilder MapSamplanHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", async (SamplanDbContext db, CancellationToken cancellationToken) =>
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

            return reachable
                ? Results.Text("healthy", "text/plain")
                : Results.Text("database unreachable", "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous();
        return endpoints;
    }
}
