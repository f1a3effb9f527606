using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Health;

/// <summary>The first start on a new database (migrations and demo seeding) logs nothing at level
/// error or above: before, PostgreSQL's first start logged a harmless "fail:" line for the
/// migrations history table that was not there yet.</summary>
public sealed class FirstStartLogTests
{
    [Fact]
    public async Task The_first_start_on_a_new_database_logs_no_error()
    {
        await using var factory = new LogCapturingFactory();
        await factory.Database.CreateAsync();

        _ = factory.Server;
        using var client = factory.NewClient();
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
        Assert.True(factory.Errors.IsEmpty, "logged at error level: " + string.Join(" | ", factory.Errors));
    }

    private sealed class LogCapturingFactory() : SamplanFactory(null, TestDatabase.FromEnvironment())
    {
        public ConcurrentQueue<string> Errors { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(new CapturingProvider(Errors)));
        }
    }

    private sealed class CapturingProvider(ConcurrentQueue<string> errors) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Capturing(errors, categoryName);

        public void Dispose()
        {
        }

        private sealed class Capturing(ConcurrentQueue<string> errors, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                ArgumentNullException.ThrowIfNull(formatter);
                if (IsEnabled(logLevel))
                {
                    errors.Enqueue($"{category}: {formatter(state, exception)}");
                }
            }
        }
    }
}
