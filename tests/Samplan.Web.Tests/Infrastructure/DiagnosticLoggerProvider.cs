using Microsoft.Extensions.Logging;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Samplan.Web.Tests.Infrastructure;

/// <summary>Passes the app's errors to xUnit's diagnostic messages, so a test that got a 500 can be
/// understood: run with <c>dotnet test -- xUnit.DiagnosticMessages=true</c>.</summary>
internal sealed class DiagnosticLoggerProvider(IMessageSink sink) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(sink, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(IMessageSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            if (IsEnabled(logLevel))
            {
                sink.OnMessage(new DiagnosticMessage($"[app {logLevel}] {category}: {formatter(state, exception)}{(exception is null ? string.Empty : Environment.NewLine + exception)}"));
            }
        }
    }
}
