using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Samplan.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Samplan.Web.Tests.Security;

/// <summary>
/// Behind the documented TLS proxy (docs/security.md "Behind a proxy") the app sees plain HTTP
/// from the proxy's address with X-Forwarded-Proto: https. HSTS and the HTTPS redirect must see
/// the client's scheme: a forwarded https request gets Strict-Transport-Security and no redirect
/// (before, every request looped on 307), while a request that really came over http is still
/// sent to https.
/// </summary>
public sealed class ForwardedSchemeTests(ForwardedSchemeTests.ProxiedAppFactory factory) : IClassFixture<ForwardedSchemeTests.ProxiedAppFactory>
{
    [Fact]
    public async Task A_request_forwarded_as_https_gets_hsts_and_no_redirect()
    {
        using var client = factory.PlainHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "198.51.100.7");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.TryGetValues("Strict-Transport-Security", out var hsts), "no Strict-Transport-Security header");
        Assert.Contains("max-age=", string.Join(",", hsts!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_that_came_over_plain_http_is_sent_to_https()
    {
        using var client = factory.PlainHttpClient();

        using var response = await client.GetAsync(new Uri("/account/login", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https", response.Headers.Location?.Scheme);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS must not be sent over plain http");
    }

    /// <summary>The demo app behind a proxy at 127.0.0.1 that terminates TLS, with an HTTPS port set.</summary>
    public sealed class ProxiedAppFactory(IMessageSink diagnostics) : SamplanFactory(diagnostics, TestDatabase.FromEnvironment())
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [
            new("ForwardedHeaders:KnownProxies", "127.0.0.1"),
            new("https_port", "443"),
        ];

        // HSTS is never sent for localhost, so the proxy's clients use a real-looking host name.
        public HttpClient PlainHttpClient() => CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://samplan.region.test"),
            AllowAutoRedirect = false,
        });

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, FromProxyStartupFilter>());
        }

        /// <summary>TestServer leaves the remote address empty; here every request comes from the proxy.</summary>
        private sealed class FromProxyStartupFilter : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, nextMiddleware) =>
                {
                    context.Connection.RemoteIpAddress = IPAddress.Loopback;
                    return nextMiddleware(context);
                });
                next(app);
            };
        }
    }
}
