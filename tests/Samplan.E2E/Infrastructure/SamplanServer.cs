using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Samplan.E2E.Infrastructure;

/// <summary>
/// The real Samplan web app, started as a child process (`dotnet Samplan.Web.dll`) on a free
/// loopback port with a fresh SQLite file and demo data, so the browser talks to a real server
/// exactly as a user's would. Its console output is kept to explain failures.
/// </summary>
public sealed class SamplanServer : IAsyncDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);
    private const int MaxLogLines = 2000;

    private readonly Queue<string> log = new();
    private readonly Process process;
    private readonly string databaseFile;

    private SamplanServer(Process process, Uri baseAddress, string databaseFile)
    {
        this.process = process;
        BaseAddress = baseAddress;
        this.databaseFile = databaseFile;
    }

    public Uri BaseAddress { get; }

    public static async Task<SamplanServer> StartAsync()
    {
        var webDll = RepoPaths.WebAssembly();
        var contentRoot = RepoPaths.WebProjectDirectory;
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var databaseFile = Path.Combine(Path.GetTempPath(), $"samplan-e2e-{Guid.NewGuid():N}.db");

        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(webDll);
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(contentRoot);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/');
        start.Environment["ConnectionStrings__Samplan"] = $"Data Source={databaseFile}";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Samplan__DemoMode"] = "true";
        start.Environment["Samplan__RequireTwoFactor"] = "false";
        // Every test signs in from the same address; the per-address limit is tested over HTTP.
        start.Environment["Samplan__SignInAttemptsPerMinute"] = "1000";
        // A unit that has not answered is reminded within seconds, not days, so a journey sees it
        // (InvitationAnswersJourneyTests); no mail server: notices go to the log and the outbox page.
        start.Environment["Samplan__Mail__InvitationReminderAfter"] = "00:00:15";
        start.Environment["Samplan__Mail__ReminderIntervalSeconds"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["Logging__Console__FormatterName"] = "simple";

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var server = new SamplanServer(process, baseAddress, databaseFile);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data is null ? null : "[stderr] " + e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"Could not start {start.FileName} {webDll}.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilHealthyAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>Whether the server is still up; when a step fails because it went away (crashed,
    /// or stopped by something outside the test), the failure says so.</summary>
    public string State
    {
        get
        {
            try
            {
                return process.HasExited
                    ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the Samplan.Web process EXITED with code {process.ExitCode} at {process.ExitTime:HH:mm:ss}")
                    : "the Samplan.Web process is running";
            }
            catch (InvalidOperationException)
            {
                return "the Samplan.Web process state is unknown";
            }
        }
    }

    /// <summary>The last lines the server wrote, for failure messages.</summary>
    public string RecentLog(int lines = 80)
    {
        lock (log)
        {
            return string.Join(Environment.NewLine, log.Skip(Math.Max(0, log.Count - lines)));
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await process.WaitForExitAsync(cts.Token);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException or System.ComponentModel.Win32Exception)
        {
            // Already gone, or refusing to die within the grace period: nothing more to do here.
        }
        finally
        {
            process.Dispose();
        }

        foreach (var file in new[] { databaseFile, databaseFile + "-wal", databaseFile + "-shm" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
            }
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var stopwatch = Stopwatch.StartNew();
        var lastProblem = "no answer yet";
        while (stopwatch.Elapsed < StartupTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"Samplan.Web exited with code {process.ExitCode} before it became healthy.{Environment.NewLine}{RecentLog()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                lastProblem = $"/health answered {(int)response.StatusCode}";
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                lastProblem = ex.Message;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException(
            $"Samplan.Web did not answer 200 on {BaseAddress}health within {StartupTimeout.TotalSeconds} s ({lastProblem}).{Environment.NewLine}{RecentLog()}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.Enqueue(line);
            while (log.Count > MaxLogLines)
            {
                log.Dequeue();
            }
        }
    }

    /// <summary>The dotnet host running these tests, so the app runs on the same runtime.</summary>
    private static string DotnetHost()
    {
        var fromCli = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromCli) && File.Exists(fromCli))
        {
            return fromCli;
        }

        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return current;
        }

        return "dotnet";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
