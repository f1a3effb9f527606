using System.Diagnostics;
using System.Globalization;

namespace Samplan.Bench;

internal static class BenchMain
{
    public static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine(BenchOptions.Usage);
            return 0;
        }

        var throughput = Array.IndexOf(args, "--audit-throughput");
        if (throughput >= 0)
        {
            var server = Environment.GetEnvironmentVariable(BenchOptions.PostgresEnvironmentVariable);
            if (string.IsNullOrEmpty(server))
            {
                await Console.Error.WriteLineAsync($"--audit-throughput needs {BenchOptions.PostgresEnvironmentVariable}.");
                return 2;
            }

            var seconds = throughput + 1 < args.Length ? int.Parse(args[throughput + 1], CultureInfo.InvariantCulture) : 30;
            return await AuditThroughput.RunAsync(server, TimeSpan.FromSeconds(seconds), CancellationToken.None);
        }

        var generateOnly = Array.IndexOf(args, "--generate-only");
        if (generateOnly >= 0)
        {
            var server = Environment.GetEnvironmentVariable(BenchOptions.PostgresEnvironmentVariable);
            var outAt = Array.IndexOf(args, "--out");
            if (string.IsNullOrEmpty(server) || generateOnly + 1 >= args.Length || outAt < 0 || outAt + 1 >= args.Length)
            {
                await Console.Error.WriteLineAsync($"--generate-only SCALE --out FILE needs {BenchOptions.PostgresEnvironmentVariable} (see bench/README.md).");
                return 2;
            }

            var scale = double.Parse(args[generateOnly + 1], CultureInfo.InvariantCulture);
            var seedAt = Array.IndexOf(args, "--seed");
            var seed = seedAt >= 0 && seedAt + 1 < args.Length ? int.Parse(args[seedAt + 1], CultureInfo.InvariantCulture) : new BenchOptions().Seed;
            using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(20));
            return await HttpDataSet.RunAsync(server, scale, seed, args[outAt + 1], limit.Token);
        }

        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            await Console.Error.WriteLineAsync(ex.Message + Environment.NewLine + BenchOptions.Usage);
            return 2;
        }

        if (options.PostgresConnectionString is null && options.PostgresRequested && options.PostgresScales.Count > 0)
        {
            await Console.Error.WriteLineAsync($"--postgres-scales needs {BenchOptions.PostgresEnvironmentVariable} (see bench/README.md).");
            return 2;
        }

        using var timeout = new CancellationTokenSource(options.Timeout);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        var machine = MachineInfo.Read();
        var total = Stopwatch.StartNew();
        var runs = new List<RunResult>();
        var skipped = new List<string>();
        Console.WriteLine($"Samplan.Bench on {machine.Processors} CPUs, {machine.Memory}, load {machine.LoadAverage}");
        try
        {
            if (options.PostgresConnectionString is null)
            {
                if (options.PostgresScales.Count > 0)
                {
                    skipped.Add($"PostgreSQL: {BenchOptions.PostgresEnvironmentVariable} was not set");
                    Console.WriteLine($"  PostgreSQL skipped: {BenchOptions.PostgresEnvironmentVariable} is not set.");
                }
            }
            else
            {
                foreach (var scale in options.PostgresScales)
                {
                    await using var target = await BenchTarget.CreatePostgresAsync(options.PostgresConnectionString, scale, options.KeepDatabases, cancel.Token);
                    runs.Add(await BenchRun.RunAsync(target, DataShape.For(scale), options, cancel.Token));
                }
            }

            foreach (var scale in options.SqliteScales)
            {
                await using var target = BenchTarget.CreateSqlite(scale, options.KeepDatabases);
                runs.Add(await BenchRun.RunAsync(target, DataShape.For(scale), options, cancel.Token));
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync($"Cancelled after {total.Elapsed:hh\\:mm\\:ss} (timeout {options.Timeout.TotalMinutes:N0} min or Ctrl+C); no report written.");
            return 3;
        }

        var loadAfter = MachineInfo.LoadAverageNow();
        Console.WriteLine($"Done in {total.Elapsed:hh\\:mm\\:ss}; load {loadAfter}");
        if (options.WriteReport && runs.Count > 0)
        {
            var path = options.ReportPath ?? Path.Combine(RepositoryRoot(), "docs", "benchmarks.md");
            var report = new MarkdownReport(machine, loadAfter, total.Elapsed, options, runs, skipped, args).Render();
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            await File.WriteAllTextAsync(path, WithKeptSections(report, File.Exists(path) ? await File.ReadAllTextAsync(path) : null));
            Console.WriteLine($"Wrote {path}");
        }

        return 0;
    }

    public const string ReportStart = "<!-- samplan-bench:start (written by bench/Samplan.Bench; the sections after samplan-bench:end are kept) -->";

    public const string ReportEnd = "<!-- samplan-bench:end -->";

    /// <summary>The report between its markers, followed by whatever the file held after the end
    /// marker: the sections other benches write (HTTP pages, audit throughput, cold start) and
    /// hand-written measurements survive a new run.</summary>
    private static string WithKeptSections(string report, string? existing)
    {
        var kept = existing is not null && existing.IndexOf(ReportEnd, StringComparison.Ordinal) is var end and >= 0
            ? existing[(end + ReportEnd.Length)..]
            : "\n";
        return ReportStart + "\n" + report.TrimEnd('\n') + "\n" + ReportEnd + "\n" + kept.TrimStart('\n').Insert(0, "\n");
    }

    /// <summary>The folder holding Samplan.slnx, from the working directory upwards.</summary>
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Samplan.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the Samplan repository, or pass --report PATH.");
    }
}
