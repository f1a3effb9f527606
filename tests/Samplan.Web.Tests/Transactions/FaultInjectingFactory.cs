using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Samplan.Data;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Transactions;

/// <summary>The app with a switch that makes one statement of a save fail at the database, in
/// the middle of its transaction, as a crash or a lost connection would.</summary>
public sealed class FaultInjectingFactory(Xunit.Abstractions.IMessageSink diagnostics) : SamplanFactory(diagnostics)
{
    public StatementFault Fault { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.ConfigureDbContext<SamplanDbContext>(o => o.AddInterceptors(Fault)));
    }
}

/// <summary>
/// When armed, rewrites the statement that starts with <see cref="Target"/> so that it names a
/// table that does not exist: the database refuses it, in the middle of the save's transaction,
/// after the statements before it have run. Only a command about the armed case is touched. It records what the failed
/// transaction had run, so a test can show the other half of the change really was written first.
/// </summary>
public sealed class StatementFault : DbCommandInterceptor
{
    private readonly Lock _lock = new();
    private readonly Dictionary<DbTransaction, List<string>> _run = [];

    public string? Target { get; private set; }

    private Guid _caseId;

    /// <summary>The statements of the failed save that ran before the failing one, and the failing one.</summary>
    public IReadOnlyList<string> RanBeforeFailure { get; private set; } = [];

    public bool Failed { get; private set; }

    /// <summary>Fails the next statement starting with <paramref name="statementStart"/> in a
    /// command about the case (one that has its id as a parameter).</summary>
    public void Arm(string statementStart, Guid caseId)
    {
        lock (_lock)
        {
            Target = statementStart;
            _caseId = caseId;
            Failed = false;
            RanBeforeFailure = [];
            _run.Clear();
        }
    }

    public void Disarm()
    {
        lock (_lock)
        {
            Target = null;
            _run.Clear();
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Break(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Break(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Break(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Break(command);
        return ValueTask.FromResult(result);
    }

    private void Break(DbCommand command)
    {
        lock (_lock)
        {
            if (Target is not { } target || command.Transaction is not { } transaction)
            {
                return;
            }

            var statements = Statements(command.CommandText);
            if (!_run.TryGetValue(transaction, out var run))
            {
                run = [];
                _run[transaction] = run;
            }

            var index = statements.FindIndex(s => s.StartsWith(target, StringComparison.Ordinal));
            if (index < 0 || !command.Parameters.Cast<DbParameter>().Any(p => IsCase(p.Value)))
            {
                run.AddRange(statements);
                return;
            }

            RanBeforeFailure = [.. run, .. statements.Take(index + 1)];
            Failed = true;
            Target = null;
            var start = command.CommandText.IndexOf(target, StringComparison.Ordinal);
            var quoted = target.IndexOf('"', StringComparison.Ordinal);
            // "UPDATE \"Cases\"" becomes "UPDATE \"Cases_injected_fault\"": a table that is not there.
            var tableEnd = command.CommandText.IndexOf('"', start + quoted + 1);
            command.CommandText = command.CommandText.Insert(tableEnd, "_injected_fault");
        }
    }

    private bool IsCase(object? value) =>
        value is Guid g ? g == _caseId : value is string s && string.Equals(s, _caseId.ToString(), StringComparison.OrdinalIgnoreCase);

    private static List<string> Statements(string text) =>
        [.. text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(s => s.Length > 0)];
}
