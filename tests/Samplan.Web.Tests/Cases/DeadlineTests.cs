using System.Globalization;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Cases;

/// <summary>
/// Deadlines follow the app's clock. Its own app, because these tests move the clock forward,
/// which would change "today" for every other test sharing the app.
/// </summary>
public sealed class DeadlineTests(SamplanFactory factory) : IClassFixture<SamplanFactory>
{
    [Fact]
    public async Task Invitation_after_discharge_is_due_three_days_after_ready_and_shows_as_overdue_after_that_R_INIT_5()
    {
        // Gunnel was reported ready for discharge the day before the demo's "today".
        var due = factory.Today.AddDays(2);

        var before = await GunnelRowAsync();
        Assert.Contains(Shown(due), before, StringComparison.Ordinal);
        Assert.DoesNotContain("försenad", before, StringComparison.Ordinal);

        factory.Clock.Advance(TimeSpan.FromDays(2));
        var onTheDay = await GunnelRowAsync();
        Assert.Contains("i dag", onTheDay, StringComparison.Ordinal);

        factory.Clock.Advance(TimeSpan.FromDays(1));
        var after = await GunnelRowAsync();
        Assert.Contains(Shown(due), after, StringComparison.Ordinal);
        Assert.Contains("försenad", after, StringComparison.Ordinal);
    }

    /// <summary>Deadlines are shown with their weekday (R-INIT-5).</summary>
    private static string Shown(DateOnly due) => due.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("sv-SE"));

    private async Task<string> GunnelRowAsync()
    {
        // A new session each time: moving the clock may have ended the previous one.
        using var client = factory.NewClient();
        await client.SignInAsync(Demo.Anna);
        var list = await client.GetPageAsync("/");
        var row = list.Document.QuerySelectorAll("table.cases tbody tr")
            .FirstOrDefault(r => r.TextContent.Contains(Demo.Gunnel.Name, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{Demo.Gunnel.Name} is not in the list: {list}");
        return HtmlPage.Collapse(row.TextContent);
    }
}
