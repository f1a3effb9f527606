using System.Globalization;

namespace Samplan.Bench;

/// <summary>The command line. Every run is bounded: sizes come from the scales, loops from the
/// iteration counts, and the whole run is cancelled after <see cref="Timeout"/>.</summary>
internal sealed record BenchOptions
{
    public const string PostgresEnvironmentVariable = "SAMPLAN_BENCH_POSTGRES";

    public IReadOnlyList<double> PostgresScales { get; init; } = [0.1, 1.0];

    public IReadOnlyList<double> SqliteScales { get; init; } = [0.1];

    /// <summary>True when the scales for PostgreSQL were asked for explicitly (then a missing
    /// server is an error, not a skipped run).</summary>
    public bool PostgresRequested { get; init; }

    public string? PostgresConnectionString { get; init; }

    public int Warmup { get; init; } = 20;

    public int Iterations { get; init; } = 200;

    public int Seed { get; init; } = 20261124;

    public string? ReportPath { get; init; }

    public bool WriteReport { get; init; } = true;

    public bool KeepDatabases { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(30);

    public static string Usage => """
        Samplan.Bench: generates a synthetic country of SIP cases and measures the app's own queries.

          dotnet run -c Release --project bench/Samplan.Bench -- [options]

          --postgres-scales LIST   e.g. 0.1,1 (default). 1 = 2,000 units, 300 organisations,
                                   150,000 individuals, 200,000 cases, 200,000 audit events.
                                   Needs SAMPLAN_BENCH_POSTGRES (a loopback server). "none" skips.
          --sqlite-scales LIST     default 0.1; a temp file per run. "none" skips.
          --iterations N           measured iterations per query (default 200)
          --warmup N               warm-up iterations per query (default 20)
          --seed N                 random seed (default 20261124)
          --report PATH            where to write the Markdown (default docs/benchmarks.md)
          --no-report              print only
          --keep                   keep the generated databases (default: dropped/deleted)
          --timeout-minutes N      cancel the whole run after N minutes (default 30)
          --audit-throughput SECS  only the audit append/seal throughput (see bench/README.md)
          --generate-only SCALE --out FILE
                                   only generate and keep a data set with a signed-in-able user
                                   of the busiest unit (bench/run-http.sh; password from
                                   SAMPLAN_BENCH_PASSWORD), its facts written to FILE
        """;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new BenchOptions
        {
            PostgresConnectionString = Environment.GetEnvironmentVariable(PostgresEnvironmentVariable) is { Length: > 0 } cs ? cs : null,
        };
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--postgres-scales" => options with { PostgresScales = Scales(Next()), PostgresRequested = true },
                "--sqlite-scales" => options with { SqliteScales = Scales(Next()) },
                "--iterations" => options with { Iterations = Positive(Next()) },
                "--warmup" => options with { Warmup = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--report" => options with { ReportPath = Next() },
                "--no-report" => options with { WriteReport = false },
                "--keep" => options with { KeepDatabases = true },
                "--timeout-minutes" => options with { Timeout = TimeSpan.FromMinutes(Positive(Next())) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return options;
    }

    private static IReadOnlyList<double> Scales(string text)
    {
        if (text.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var scales = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => double.Parse(s, CultureInfo.InvariantCulture))
            .ToList();
        if (scales.Any(s => s is <= 0 or > 20))
        {
            throw new ArgumentException("Scales must be above 0 and at most 20.");
        }

        return scales;
    }

    private static int Positive(string text)
    {
        var value = int.Parse(text, CultureInfo.InvariantCulture);
        return value > 0 ? value : throw new ArgumentException("Expected a positive number.");
    }
}
