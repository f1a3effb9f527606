using System.Globalization;
using System.Runtime.InteropServices;

namespace Samplan.Bench;

/// <summary>The machine the numbers come from.</summary>
internal sealed record MachineInfo(int Processors, string Cpu, string Memory, string Os, string Runtime, string LoadAverage)
{
    public static MachineInfo Read() => new(
        Environment.ProcessorCount,
        FirstValue("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        MemTotal(),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        LoadAverageNow());

    /// <summary>1, 5 and 15 minute load averages: other work on the machine shows here.</summary>
    public static string LoadAverageNow()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string MemTotal()
    {
        var kib = FirstValue("/proc/meminfo", "MemTotal")?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return kib is not null && long.TryParse(kib, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? (value / 1024.0 / 1024.0).ToString("N1", CultureInfo.InvariantCulture) + " GiB"
            : "unknown";
    }

    private static string? FirstValue(string path, string key)
    {
        try
        {
            return File.ReadLines(path)
                .Where(l => l.StartsWith(key, StringComparison.Ordinal))
                .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
                .FirstOrDefault();
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
