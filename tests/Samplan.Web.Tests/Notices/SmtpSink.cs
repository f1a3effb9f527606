using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Samplan.Web.Tests.Notices;

/// <summary>A real SMTP server for one test (smtp-sink.py, Debian's python3-aiosmtpd, installed by
/// test.sh) on a free 127.0.0.1 port. What it accepted is read back as parsed mails; a recipient
/// containing "bounce" is refused with 550. It stops when the test disposes it, and by itself
/// when the test process dies (its standard input closes) or after ten minutes.</summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly Process _process;

    private SmtpSink(Process process, int port, string folder)
    {
        _process = process;
        Port = port;
        Folder = folder;
    }

    public int Port { get; }

    public string Folder { get; }

    /// <summary>The app settings that send to this server.</summary>
    public (string Key, string Value)[] Settings =>
    [
        ("Samplan:Mail:Host", "127.0.0.1"),
        ("Samplan:Mail:Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Samplan:Mail:Security", "None"),
        ("Samplan:Mail:From", "samplan@region.example"),
        ("Samplan:Mail:PublicBaseUrl", "https://samplan.region.example"),
    ];

    public static async Task<SmtpSink> StartAsync()
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Notices", "smtp-sink.py");
        var folder = Directory.CreateTempSubdirectory("samplan-smtp-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-u", script, port.ToString(System.Globalization.CultureInfo.InvariantCulture), folder, "600" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line != "ready")
        {
            var error = await process.StandardError.ReadToEndAsync(timeout.Token);
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The SMTP sink did not start (is python3-aiosmtpd installed? test.sh installs it): {line} {error}");
        }

        return new SmtpSink(process, port, folder);
    }

    /// <summary>Every mail accepted so far, in the order accepted.</summary>
    public IReadOnlyList<MimeMessage> Mails() =>
        [.. Directory.GetFiles(Folder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f))];

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or InvalidOperationException or IOException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
