using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Samplan.Web.Infrastructure;

public static class ForwardedHeadersSetup
{
    /// <summary>Trusts X-Forwarded-For/-Proto only from the configured proxies
    /// (<c>ForwardedHeaders:KnownProxies</c>, comma separated addresses); none by default.</summary>
    public static IApplicationBuilder UseSamplanForwardedHeaders(this IApplicationBuilder app, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var proxies = (configuration["ForwardedHeaders:KnownProxies"] ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (proxies.Length == 0)
        {
            return app;
        }

        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        return app.UseForwardedHeaders(options);
    }
}
