using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Samplan.Web.Tests.Infrastructure;

/// <summary>Records the text of every statement the app's DbContext sends, so a test can count
/// the statements of one request.</summary>
public sealed class StatementLog : DbCommandInterceptor
{
    private readonly Lock _lock = new();
    private readonly List<string> _texts = [];

    public void Clear()
    {
        lock (_lock)
        {
            _texts.Clear();
        }
    }

    public string[] ToArray()
    {
        lock (_lock)
        {
            return [.. _texts];
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Add(DbCommand command)
    {
        lock (_lock)
        {
            _texts.Add(command.CommandText);
        }
    }
}
