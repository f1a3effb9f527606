using Microsoft.Extensions.DependencyInjection;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Tests.Infrastructure;

/// <summary>On PostgreSQL a node's session-check cache serves once its listener holds the LISTEN;
/// tests that count statements or time revocation wait for that, so the count does not depend on
/// how fast the node started.</summary>
public static class SessionCacheReady
{
    /// <summary>True when the node serves session checks from its cache (PostgreSQL), after waiting
    /// for it; false on SQLite, where it never does.</summary>
    public static async Task<bool> WaitAsync(SamplanFactory node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var sessions = node.Services.GetRequiredService<SessionCache>();
        if (node.Database.Provider != "Postgres")
        {
            Assert.False(sessions.Serving, "the session cache must not serve without a listener");
            return false;
        }

        for (var waited = 0; !sessions.Serving; waited += 20)
        {
            Assert.True(waited < 10_000, "the session revocation listener did not start listening within 10 s");
            await Task.Delay(20);
        }

        return true;
    }
}
