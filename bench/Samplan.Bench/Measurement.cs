using System.Diagnostics;

namespace Samplan.Bench;

/// <summary>The timings of one scenario: warm-up first (not kept), then the measured iterations.</summary>
internal sealed record Measurement(string Key, string Title, IReadOnlyList<double> Milliseconds, string? Note = null)
{
    public int Count => Milliseconds.Count;

    public double Median => Percentile(0.50);

    public double P95 => Percentile(0.95);

    public double Max => Milliseconds.Count == 0 ? 0 : Milliseconds.Max();

    /// <summary>Nearest-rank percentile.</summary>
    public double Percentile(double p)
    {
        if (Milliseconds.Count == 0)
        {
            return 0;
        }

        var sorted = Milliseconds.Order().ToList();
        var rank = (int)Math.Ceiling(p * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    /// <summary>Times the whole body of each iteration.</summary>
    public static Task<Measurement> RunAsync(string key, string title, int warmup, int iterations, Func<int, Task> body, CancellationToken cancellationToken, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        return RunTimedAsync(
            key,
            title,
            warmup,
            iterations,
            async i =>
            {
                var watch = Stopwatch.StartNew();
                await body(i);
                return watch.Elapsed;
            },
            cancellationToken,
            note);
    }

    /// <summary>For bodies that prepare untimed and time only their own part.</summary>
    public static async Task<Measurement> RunTimedAsync(string key, string title, int warmup, int iterations, Func<int, Task<TimeSpan>> body, CancellationToken cancellationToken, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        for (var i = 0; i < warmup; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await body(i);
        }

        var samples = new List<double>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            samples.Add((await body(warmup + i)).TotalMilliseconds);
        }

        var result = new Measurement(key, title, samples, note);
        Console.WriteLine($"    {title,-58} median {result.Median,9:N2} ms  p95 {result.P95,9:N2} ms  max {result.Max,9:N2} ms  (n={result.Count})");
        return result;
    }
}
