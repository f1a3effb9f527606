using System.Net;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Cases;

/// <summary>
/// R-INIT-5 and the case list (R-CASE-1): a deadline says what is due, shows its weekday, and warns
/// when it falls on a weekend or holiday, naming the last working day before it.
/// </summary>
[Collection(SamplanCollection.Name)]
public sealed class DeadlineDisplayTests(SamplanFactory factory)
{
    [Fact]
    public async Task Thursday_discharge_gives_a_Sunday_deadline_shown_with_weekday_what_is_due_and_the_last_working_day_R_INIT_5()
    {
        using var client = factory.NewClient();
        await client.SignInAsync(Demo.Anna);
        var thursday = factory.Today.AddDays(-4);
        Assert.Equal(DayOfWeek.Thursday, thursday.DayOfWeek);
        var caseId = await StartDischargeCaseAsync(client, thursday);

        // The demo's today is Monday 23 November 2026: due Sunday 22 November, last working day Friday 20.
        var casePage = await client.GetPageAsync($"/cases/{caseId}");
        var due = HtmlPage.Collapse(casePage.Document.QuerySelector(".status-panel .next-due")!.TextContent);
        Assert.Contains("Kallelse senast: söndag 22 november 2026", due, StringComparison.Ordinal);
        Assert.Contains("Infaller en söndag – sista vardag före är fredag 20 november", due, StringComparison.Ordinal);

        var row = await RowAsync(client, "/?show=Open", caseId);
        Assert.Contains("Kallelse senast söndag 22 november 2026", row, StringComparison.Ordinal);
        Assert.Contains("Infaller en söndag – sista vardag före är fredag 20 november", row, StringComparison.Ordinal);

        var english = await RowAsync(client, "/?show=Open&culture=en&ui-culture=en", caseId);
        Assert.Contains("Invitation by Sunday 22 November 2026", english, StringComparison.Ordinal);
        Assert.Contains("Falls on a Sunday – the last working day before is Friday 20 November", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deadline_on_a_working_day_carries_no_warning_and_says_first_contact_R_INIT_4()
    {
        using var client = factory.NewClient();
        await client.SignInAsync(Demo.Anna);
        var caseId = await client.StartCaseAsync(TestPersonnummer.NewAdult());

        var row = await RowAsync(client, "/?show=Open", caseId);

        // Need identified today, Monday: first contact by Thursday.
        Assert.Contains("Första kontakt senast torsdag 26 november 2026", row, StringComparison.Ordinal);
        Assert.DoesNotContain("Infaller", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_in_force_says_its_next_date_is_the_follow_up()
    {
        using var client = factory.NewClient();
        await client.SignInAsync(Demo.Anna);

        var page = await client.GetPageAsync($"/cases/{Demo.Sven.CaseId}");

        var due = HtmlPage.Collapse(page.Document.QuerySelector(".status-panel .next-due")!.TextContent);
        Assert.StartsWith("Uppföljning:", due, StringComparison.Ordinal);
    }

    private static async Task<Guid> StartDischargeCaseAsync(HttpClient client, DateOnly readyOn)
    {
        using var response = await client.SubmitFormAsync("/cases/new", form => form
            .Set("Input.Personnummer", TestPersonnummer.NewAdult().WithHyphen)
            .Set("Input.GivenName", "Torsten")
            .Set("Input.FamilyName", "Torsdagsson")
            .Set("Input.Reason", "Utskrivningsklar från slutenvården, behöver hemtjänst.")
            .Set("Input.NeedIdentifiedOn", CaseSteps.Iso(readyOn))
            .Set("Input.DischargeReadyOn", CaseSteps.Iso(readyOn)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.RedirectPath()!["/cases/".Length..]);
    }

    private static async Task<string> RowAsync(HttpClient client, string url, Guid caseId)
    {
        var list = await client.GetPageAsync(url);
        var row = list.Document.QuerySelectorAll("table.cases tbody tr")
            .FirstOrDefault(r => r.QuerySelector($"a[href='/cases/{caseId}']") is not null)
            ?? throw new InvalidOperationException($"Case {caseId} is not in the list: {list}");
        return HtmlPage.Collapse(row.TextContent);
    }
}
