using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Tests.Infrastructure;

/// <summary>A change made past the save interceptor (bulk SQL, another node, an operator) reaches a
/// node's session cache by PostgreSQL's notification, which arrives a few milliseconds after the
/// commit, not before the next request. Tests of such changes ask again until the session ends,
/// bounded; without a serving cache the very next request must already have ended it.</summary>
public static class SessionEnd
{
    public static readonly TimeSpan NotificationBound = TimeSpan.FromSeconds(5);

    /// <summary>Requests <paramref name="path"/> until it no longer answers 200 and returns that
    /// answer (the caller asserts what it should be).</summary>
    public static async Task<HttpResponseMessage> AfterChangeInDatabaseAsync(SamplanFactory node, HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(client);
        var cached = node.Services.GetRequiredService<SessionCache>().Serving;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return response;
            }

            response.Dispose();
            Assert.True(cached, $"{path}: without a serving session cache the change must show on the very next request");
            Assert.True(clock.Elapsed < NotificationBound, $"{path}: the session still served {clock.Elapsed.TotalSeconds:F1} s after the change");
            await Task.Delay(5);
        }
    }
}
