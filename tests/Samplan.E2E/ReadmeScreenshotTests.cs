using Microsoft.Playwright;
using Samplan.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Samplan.E2E;

/// <summary>
/// The README's pictures, taken from the demo data as a coordinator sees it (anna.lind at
/// Vårdcentralen Gottsunda): the case list and Sven Karlsson's case page. They land in
/// tests/Samplan.E2E/screenshots/readme-*.png on every run, and replace docs/screenshots/ when
/// SAMPLAN_README_SCREENSHOTS=1 is set (so an ordinary test run leaves the repository unchanged).
/// </summary>
[Collection(DemoOnlyCollection.Name)]
public sealed class ReadmeScreenshotTests(DemoOnlyFixture app)
{
    private const string SvenCase = "/cases/0d000000-0000-0000-0000-000000000005";

    [Fact]
    public async Task The_readme_pictures_show_the_demo_data()
    {
        var page = await app.NewPageAsync();
        await DemoSignIn.AsAsync(page, "anna.lind");

        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("SIP:ar där din enhet deltar");
        await Expect(page.Locator("main")).ToContainTextAsync("Sven Karlsson");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("Testperson");
        await SaveAsync(page, "case-list");

        await page.GotoAsync(SvenCase);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Sven Karlsson");
        await SaveAsync(page, "case-page");
    }

    private static async Task SaveAsync(IPage page, string name)
    {
        var shot = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true });
        Directory.CreateDirectory(RepoPaths.ScreenshotDirectory);
        await File.WriteAllBytesAsync(Path.Combine(RepoPaths.ScreenshotDirectory, $"readme-{name}.png"), shot);
        if (Environment.GetEnvironmentVariable("SAMPLAN_README_SCREENSHOTS") == "1")
        {
            await File.WriteAllBytesAsync(Path.Combine(RepoPaths.Root, "docs", "screenshots", $"{name}.png"), shot);
        }
    }
}
