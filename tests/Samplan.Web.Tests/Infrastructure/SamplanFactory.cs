using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Samplan.Web.Tests.Infrastructure;

/// <summary>
/// The app in demo mode on its own fresh database (SQLite, or PostgreSQL when
/// SAMPLAN_TEST_POSTGRES is set), with a fake clock. Each start migrates and seeds, so tests
/// share few factories: see <see cref="SamplanCollection"/>.
/// </summary>
public class SamplanFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Monday 23 November 2026, 10:00 in Stockholm. The demo data is seeded relative to it.</summary>
    public static readonly DateTimeOffset StartInstant = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    private readonly IMessageSink? _diagnostics;
    private bool _dropped;

    public SamplanFactory(IMessageSink diagnostics)
        : this(diagnostics, TestDatabase.FromEnvironment())
    {
    }

    protected SamplanFactory(IMessageSink? diagnostics, TestDatabase database)
    {
        _diagnostics = diagnostics;
        Database = database;
    }

    /// <summary>The app's clock. Advancing it moves "today" for every client of this factory.</summary>
    public FakeTimeProvider Clock { get; } = new(StartInstant);

    public TestDatabase Database { get; }

    /// <summary>The app's "today": the fake clock's date in Stockholm.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), Stockholm).DateTime);

    /// <summary>How long creating the database and starting the app (migrate and seed) took.</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>Settings a variant of the factory adds or overrides.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    /// <summary>A browser-like client: https, cookies kept, redirects not followed so tests see them.</summary>
    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    public async Task InitializeAsync()
    {
        var watch = Stopwatch.StartNew();
        await Database.CreateAsync();
        _ = Server; // starts the host: migrations and demo seeding run now, not in the first test
        StartupTime = watch.Elapsed;
        _diagnostics?.OnMessage(new DiagnosticMessage($"{GetType().Name} on {Database.Provider} started in {StartupTime.TotalMilliseconds:F0} ms"));
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!_dropped)
        {
            _dropped = true;
            await Database.DropAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        // UseSetting reaches Program.cs before builder.Build(), where the provider is chosen.
        builder.UseSetting("Samplan:DemoMode", "true");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:Samplan", Database.ConnectionString);
        // Every test client comes from the same (absent) address and signs in many times a
        // minute; SignInRateLimitTests checks the limit itself. Password-only sign-in, as in demo mode.
        builder.UseSetting("Samplan:SignInAttemptsPerMinute", "100000");
        builder.UseSetting("Samplan:RequireTwoFactor", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning");
        if (_diagnostics is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(new DiagnosticLoggerProvider(_diagnostics)));
        }

        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>The same app with a database that cannot be reached: the app logs and starts anyway.</summary>
public sealed class UnreachableDatabaseFactory(IMessageSink diagnostics) : SamplanFactory(diagnostics, TestDatabase.Unreachable());

/// <summary>Most test classes share one app and database; tests that change data make their own case.</summary>
[CollectionDefinition(Name)]
public sealed class SamplanCollection : ICollectionFixture<SamplanFactory>
{
    public const string Name = "Samplan app";
}
