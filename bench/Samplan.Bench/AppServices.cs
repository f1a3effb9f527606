using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Samplan.Web.Auditing;
using Samplan.Web.Features.Cases;
using Samplan.Web.Infrastructure;
using Samplan.Web.Jobs;

namespace Samplan.Bench;

/// <summary>The app's own services, registered by the app's own setup methods where they exist
/// (AddSamplanDatabase, AddSamplanAuditing), so that the measured code is the code that runs.</summary>
internal static class AppServices
{
    /// <param name="auditKey">The chain's HMAC key (base64); a fresh one when null. The HTTP bench
    /// passes its own, so that the web app it starts seals and verifies the same chain.</param>
    public static ServiceProvider Build(BenchTarget target, string? auditKey = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = target.Provider,
                ["ConnectionStrings:Samplan"] = target.ConnectionString,
                // A fresh key per run, configured as production does (never the demo key file).
                ["Samplan:Audit:Key"] = auditKey ?? NewAuditKey(),
            })
            .Build();
        var environment = new BenchEnvironment();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(environment);
        services.Configure<SamplanOptions>(configuration.GetSection(SamplanOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SwedishClock>();
        services.AddHttpContextAccessor();
        services.AddSamplanDatabase(configuration, environment);
        services.AddScoped<CurrentStaff>();
        services.AddScoped<CaseRepository>();
        services.AddScoped<CaseListQuery>();
        services.AddLogging();
        services.AddSamplanAuditing(configuration);
        services.AddSamplanJobs(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public static string NewAuditKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>Signs a professional in for the current async flow, as the cookie handler would:
    /// CurrentStaff and AuditLog read the user and client address from this context.</summary>
    public static void SignIn(IServiceProvider services, string userId, string name, Guid unitId, Guid organisationId)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, userId),
                new Claim(ClaimTypes.Name, userId),
                new Claim(SamplanClaims.DisplayName, name),
                new Claim(SamplanClaims.Unit, unitId.ToString()),
                new Claim(SamplanClaims.Organisation, organisationId.ToString()),
                new Claim(SamplanClaims.UnitName, "Bench"),
            ],
            "Bench");
        var context = new DefaultHttpContext { User = new ClaimsPrincipal(identity) };
        context.Connection.RemoteIpAddress = IPAddress.Loopback;
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = context;
    }

    private sealed class BenchEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";

        public string ApplicationName { get; set; } = "Samplan.Bench";

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
