using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Samplan.E2E.Infrastructure;

/// <summary>axe-core against WCAG 2.0/2.1 A and AA, the level Swedish law asks of public services.</summary>
internal static class Accessibility
{
    public static async Task AssertNoViolationsAsync(IPage page, string what)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        if (result.Violations.Length == 0)
        {
            return;
        }

        var report = new StringBuilder()
            .AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{result.Violations.Length} axe violation(s) on {what} ({page.Url}):");
        foreach (var violation in result.Violations)
        {
            report.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"- {violation.Id} [{violation.Impact}]: {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes)
            {
                report.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"    {node.Target}  {node.Html}");
            }
        }

        Assert.Fail(report.ToString());
    }
}
