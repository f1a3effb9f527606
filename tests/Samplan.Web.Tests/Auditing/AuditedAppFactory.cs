using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Samplan.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Samplan.Web.Tests.Auditing;

/// <summary>
/// The app as <see cref="SamplanFactory"/> starts it, except that every request arrives from a
/// client address, as it does over a real connection. TestServer leaves
/// <c>Connection.RemoteIpAddress</c> empty, and the audit log records exactly that value, so
/// without this the "client address" column could not be checked at all.
/// </summary>
public class AuditedAppFactory(IMessageSink diagnostics) : SamplanFactory(diagnostics)
{
    /// <summary>A documentation address (RFC 5737): what the audit log must record for these requests.</summary>
    public static readonly IPAddress ClientAddress = IPAddress.Parse("192.0.2.44");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ClientAddressStartupFilter>());
    }

    private sealed class ClientAddressStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress ??= ClientAddress;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>Its own app for the tamper tests: they switch the append-only triggers off and break
/// the chain on purpose, which no other test may see.</summary>
public sealed class TamperableAppFactory(IMessageSink diagnostics) : SamplanFactory(diagnostics);

/// <summary>The auditor-page tests share one app (serially, so events they look for are not
/// interleaved with another class's); their data never leaves it.</summary>
[CollectionDefinition(Name)]
public sealed class AuditAppCollection : ICollectionFixture<AuditedAppFactory>
{
    public const string Name = "Audit app";
}
