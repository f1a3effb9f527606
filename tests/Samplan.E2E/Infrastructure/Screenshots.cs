using System.Globalization;
using Microsoft.Playwright;

namespace Samplan.E2E.Infrastructure;

/// <summary>Full-page screenshots in visiting order, tests/Samplan.E2E/screenshots/NN-name.png
/// (git-ignored; for the README and for looking at what the test saw).</summary>
internal sealed class Screenshots
{
    private readonly string prefix;
    private int count;

    public Screenshots(string prefix = "")
    {
        this.prefix = prefix;
        Directory.CreateDirectory(RepoPaths.ScreenshotDirectory);
    }

    /// <summary>Removes the previous run's pictures, so the folder shows exactly one run.</summary>
    public static void ClearFolder()
    {
        if (!Directory.Exists(RepoPaths.ScreenshotDirectory))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(RepoPaths.ScreenshotDirectory, "*.png"))
        {
            File.Delete(file);
        }
    }

    public async Task<string> TakeAsync(IPage page, string name)
    {
        count++;
        var file = Path.Combine(RepoPaths.ScreenshotDirectory, string.Create(CultureInfo.InvariantCulture, $"{prefix}{count:00}-{name}.png"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        return file;
    }
}
