using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Samplan.E2E.Infrastructure;

/// <summary>Runs a browser journey as named steps. Every page visited is screenshotted and checked
/// with axe; a failing step says which step, on which URL, with a screenshot and the server's log.</summary>
internal sealed class Journey(IPage page, SamplanServer server, ITestOutputHelper output, string screenshotPrefix = "")
{
    private readonly Screenshots screenshots = new(screenshotPrefix);
    private readonly Stopwatch total = Stopwatch.StartNew();

    public IPage Page => page;

    public async Task StepAsync(string name, Func<Task> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var stopwatch = Stopwatch.StartNew();
        try
        {
            await step();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ok   {name} ({stopwatch.ElapsedMilliseconds} ms)"));
        }
        catch (Exception ex)
        {
            string shot;
            try
            {
                shot = await screenshots.TakeAsync(page, "FAILED-" + Slug(name));
            }
            catch (PlaywrightException shotError)
            {
                shot = "(no screenshot: " + shotError.Message + ")";
            }

            output.WriteLine($"FAIL {name}");
            throw new InvalidOperationException(
                $"Journey step '{name}' failed on {page.Url}: {ex.Message}{Environment.NewLine}"
                + $"Screenshot: {shot}{Environment.NewLine}Server: {server.State}{Environment.NewLine}--- last lines of the server log ---{Environment.NewLine}{server.RecentLog()}",
                ex);
        }
    }

    /// <summary>The page is what we expect (its h1), looks like something (screenshot) and is
    /// accessible (axe, WCAG 2.1 A/AA).</summary>
    public async Task CheckPageAsync(string name, string expectedHeading)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(expectedHeading);
        await screenshots.TakeAsync(page, name);
        await Accessibility.AssertNoViolationsAsync(page, name);
    }

    public void Finish() =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"journey took {total.Elapsed.TotalSeconds:0.0} s"));

    private static string Slug(string name) =>
        new(name.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
}
