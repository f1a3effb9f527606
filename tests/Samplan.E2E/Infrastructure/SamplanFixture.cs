using Microsoft.Playwright;

namespace Samplan.E2E.Infrastructure;

/// <summary>One running Samplan and one Chromium for the whole E2E collection; each test gets its
/// own browser context (cookies, language), so tests do not leak sign-ins into each other.</summary>
public class SamplanFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; Playwright's own browser download is never used.</summary>
    public const string DefaultChromium = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;
    private SamplanServer? server;

    public SamplanServer Server => server ?? throw new InvalidOperationException("The server is not started.");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser is not started.");

    /// <summary>The main collection starts the folder afresh; a second app (the README's
    /// pictures) must not wipe what the main collection took.</summary>
    protected virtual bool ClearsScreenshots => true;

    public async Task InitializeAsync()
    {
        if (ClearsScreenshots)
        {
            Screenshots.ClearFolder();
        }

        // Start both at once: the app's migrations and seeding overlap with Chromium's start-up.
        var serverStart = SamplanServer.StartAsync();
        try
        {
            playwright = await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath(),
                Headless = true,
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-quic", "--no-first-run",
                ],
            });
            server = await serverStart;
        }
        catch
        {
            // xunit does not dispose a fixture whose start failed: leave no server or browser behind.
            if (server is null)
            {
                await StopQuietlyAsync(serverStart);
            }

            await DisposeAsync();
            throw;
        }
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString(),
            Locale = "sv-SE",
            TimezoneId = "Europe/Stockholm",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    /// <summary>Stops a server whose start may itself have failed (then it cleaned up after itself).</summary>
    private static async Task StopQuietlyAsync(Task<SamplanServer> serverStart)
    {
        try
        {
            await (await serverStart).DisposeAsync();
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or IOException or System.ComponentModel.Win32Exception)
        {
            // Already reported by the exception being rethrown, or by this one's own failure.
        }
    }

    private static string ChromiumPath()
    {
        var path = Environment.GetEnvironmentVariable("SAMPLAN_E2E_CHROMIUM");
        path = string.IsNullOrWhiteSpace(path) ? DefaultChromium : path;
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"Chromium not found at {path}. Install Debian's chromium (apt-get install chromium) or set SAMPLAN_E2E_CHROMIUM.", path);
    }
}

[CollectionDefinition(Name)]
public sealed class SamplanCollection : ICollectionFixture<SamplanFixture>
{
    public const string Name = "Samplan in Chromium";
}

/// <summary>An app of its own with nothing but the demo data, for the README's pictures: the main
/// collection's journeys add test people to the same units' lists.</summary>
public sealed class DemoOnlyFixture : SamplanFixture
{
    protected override bool ClearsScreenshots => false;
}

[CollectionDefinition(Name)]
public sealed class DemoOnlyCollection : ICollectionFixture<DemoOnlyFixture>
{
    public const string Name = "Samplan in Chromium, demo data only";
}
