using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Samplan.Data;

namespace Samplan.Bench;

/// <summary>Keeps the last query EF sent, with its parameters, so that exactly that statement can
/// be explained.</summary>
internal sealed class CommandCapture : DbCommandInterceptor
{
    private readonly List<(string Sql, IReadOnlyList<DbParameter> Parameters)> _commands = [];

    public IReadOnlyList<(string Sql, IReadOnlyList<DbParameter> Parameters)> Commands => _commands;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        _commands.Add((command.CommandText, command.Parameters.Cast<DbParameter>().ToList()));
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}

/// <summary>EXPLAIN of a query the app sends: ANALYZE and BUFFERS on PostgreSQL, QUERY PLAN on SQLite.</summary>
internal static partial class QueryPlans
{
    /// <summary>Runs <paramref name="query"/> once through a context that captures its SQL, then
    /// asks the database how it runs the last (or <paramref name="first"/>) statement with the
    /// same parameter values.</summary>
    public static async Task<QueryPlan> ExplainAsync(DbContextOptions<SamplanDbContext> options, string title, Func<SamplanDbContext, Task> query, CancellationToken cancellationToken, bool first = false)
    {
        ArgumentNullException.ThrowIfNull(query);
        var capture = new CommandCapture();
        var captured = new DbContextOptionsBuilder<SamplanDbContext>(options).AddInterceptors(capture).Options;
        await using var db = new SamplanDbContext(captured);
        await query(db);
        if (capture.Commands.Count == 0)
        {
            throw new InvalidOperationException("The query sent no command.");
        }

        var (sql, parameters) = first ? capture.Commands[0] : capture.Commands[^1];
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = (db.IsPostgres ? "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " : "EXPLAIN QUERY PLAN ") + sql;
            foreach (var parameter in parameters)
            {
                command.Parameters.Add(Copy(command, parameter));
            }

            var plan = new StringBuilder();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                // SQLite answers (id, parent, notused, detail); PostgreSQL one text column per line.
                plan.AppendLine(db.IsPostgres ? reader.GetString(0) : Indent(reader) + reader.GetString(3));
            }

            return new QueryPlan(title, sql, MaskNumbers(plan.ToString().TrimEnd()));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Fictitious or not, a personnummer does not go into a document: the plan shows the
    /// parameter's value, so twelve-digit numbers are masked.</summary>
    private static string MaskNumbers(string plan) => TwelveDigits().Replace(plan, "YYYYMMDDNNNN");

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![0-9])[0-9]{12}(?![0-9])")]
    private static partial System.Text.RegularExpressions.Regex TwelveDigits();

    private static DbParameter Copy(DbCommand command, DbParameter parameter)
    {
        if (parameter is ICloneable cloneable)
        {
            return (DbParameter)cloneable.Clone();
        }

        var copy = command.CreateParameter();
        copy.ParameterName = parameter.ParameterName;
        copy.DbType = parameter.DbType;
        copy.Value = parameter.Value;
        return copy;
    }

    private static string Indent(DbDataReader reader) => reader.GetInt64(1) == 0 ? string.Empty : "  ";
}

internal sealed partial record QueryPlan(string Title, string Sql, string Plan)
{
    public bool Uses(string index) => Plan.Contains(index, StringComparison.Ordinal);

    /// <summary>The indexes the plan reads, in order of first use (PostgreSQL and SQLite wording).</summary>
    public IReadOnlyList<string> Indexes => IndexName().Matches(Plan).Select(m => m.Groups[1].Value).Distinct().ToList();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:Index Scan(?: Backward)? using|Index Only Scan(?: Backward)? using|Bitmap Index Scan on|USING (?:COVERING |PRIMARY KEY )?INDEX) ""?([A-Za-z0-9_]+)""?")]
    private static partial System.Text.RegularExpressions.Regex IndexName();
}
