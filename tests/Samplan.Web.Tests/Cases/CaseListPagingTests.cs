using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Samplan.Domain.Cases;
using Samplan.Web.Auditing;
using Samplan.Web.Features.Cases;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Cases;

/// <summary>The case list a page at a time (R-CASE-1): pages of <see cref="CaseListQuery.PageSize"/>,
/// overdue first, previous and next links that keep the filters, the "need attention" count over
/// all pages, and an audit of exactly the people each page shows. Own app: <see cref="BusyUnit"/>
/// adds 130 cases to anna.lind's unit, which would push the demo cases off the shared app's page 1.</summary>
public sealed class CaseListPagingTests(SamplanFactory factory) : IClassFixture<SamplanFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => BusyUnit.EnsureAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Pages_one_and_two_do_not_overlap_and_together_are_the_first_hundred_in_order()
    {
        using var client = await SignedInAsync();

        var first = await client.GetPageAsync("/");
        var second = await client.GetPageAsync("/?page=2");

        AssertPage.Ok(first);
        AssertPage.Ok(second);
        var shown = CaseIds(first).Concat(CaseIds(second)).ToList();
        Assert.Equal(CaseListQuery.PageSize, CaseIds(first).Count);
        Assert.Equal(CaseListQuery.PageSize, CaseIds(second).Count);
        var expected = await ExpectedOrderAsync(c => c.Phase != CasePhase.Closed);
        Assert.Equal(expected.Take(2 * CaseListQuery.PageSize), shown);
    }

    [Fact]
    public async Task Page_one_has_no_previous_link_and_the_last_page_no_next_link()
    {
        using var client = await SignedInAsync();

        var first = await client.GetPageAsync("/");
        Assert.Empty(first.Links("nav a[rel=prev]"));
        Assert.Equal("Sida 1", first.Document.QuerySelector("nav [aria-current=page]")?.TextContent.Trim());

        var open = (await ExpectedOrderAsync(c => c.Phase != CasePhase.Closed)).Count;
        var last = (open + CaseListQuery.PageSize - 1) / CaseListQuery.PageSize;
        var lastPage = await client.GetPageAsync($"/?page={last}");
        AssertPage.Ok(lastPage);
        Assert.Empty(lastPage.Links("nav a[rel=next]"));
        Assert.Single(lastPage.Links("nav a[rel=prev]"));
        Assert.Equal(open - ((last - 1) * CaseListQuery.PageSize), CaseIds(lastPage).Count);
        Assert.Equal($"Sida {last}", lastPage.Document.QuerySelector("nav[aria-label] [aria-current=page]")?.TextContent.Trim());
    }

    [Fact]
    public async Task The_next_and_previous_links_keep_search_phase_and_show()
    {
        using var client = await SignedInAsync();

        var first = await client.GetPageAsync($"/?q={BusyUnit.GivenName}&phase=Initiated&show=All");
        var next = Assert.Single(first.Links("nav a[rel=next]"));
        var query = QueryHelpers.ParseQuery(new Uri(new Uri("https://localhost"), next).Query);
        Assert.Equal(BusyUnit.GivenName, query["q"].ToString());
        Assert.Equal("Initiated", query["phase"].ToString());
        Assert.Equal("All", query["show"].ToString());
        Assert.Equal("2", query["page"].ToString());

        var second = await client.GetPageAsync(next);
        AssertPage.Ok(second);
        var previous = Assert.Single(second.Links("nav a[rel=prev]"));
        Assert.Contains("phase=Initiated", previous, StringComparison.Ordinal);
        Assert.Contains("show=All", previous, StringComparison.Ordinal);
        Assert.Contains($"q={BusyUnit.GivenName}", previous, StringComparison.Ordinal);
        Assert.Contains("page=1", previous, StringComparison.Ordinal);
        Assert.Equal(CaseListQuery.PageSize, CaseIds(second).Count);
    }

    [Theory]
    [InlineData("abc", 1)]
    [InlineData("-3", 1)]
    [InlineData("0", 1)]
    [InlineData("", 1)]
    [InlineData("2.5", 1)]
    [InlineData("99999999999", CaseListQuery.MaxPage)]
    [InlineData("999999999999999999999999999", CaseListQuery.MaxPage)]
    public async Task A_bad_page_number_answers_the_clamped_page(string page, int expected)
    {
        using var client = await SignedInAsync();

        var answer = await client.GetPageAsync("/?page=" + Uri.EscapeDataString(page));

        AssertPage.Ok(answer);
        Assert.Empty(answer.ErrorSummary);
        if (expected == 1)
        {
            Assert.Equal(CaseIds(await client.GetPageAsync("/")), CaseIds(answer));
        }
        else
        {
            Assert.Empty(CaseIds(answer));
            Assert.Contains($"Sida {expected.ToString(CultureInfo.InvariantCulture)} har inga SIP:ar.", answer.MainText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Need_attention_counts_the_due_cases_of_every_page()
    {
        using var client = await SignedInAsync();
        var due = await ExpectedOrderAsync(c => c.Phase != CasePhase.Closed && c.NextDueOn <= factory.Today);
        Assert.True(due.Count > CaseListQuery.PageSize + 1, "more due cases than one page holds");

        Assert.Equal(due.Count, NeedAttention(await client.GetPageAsync("/")));
        Assert.Equal(due.Count, NeedAttention(await client.GetPageAsync("/?page=3")));
    }

    [Fact]
    public async Task Need_attention_of_a_filter_with_one_page_counts_its_due_cases()
    {
        using var client = await SignedInAsync();
        var due = await ExpectedOrderAsync(c => c.Phase == CasePhase.Active && c.NextDueOn <= factory.Today);

        var page = await client.GetPageAsync("/?phase=Active");

        AssertPage.Ok(page);
        Assert.Equal(due.Count, NeedAttention(page));
    }

    [Fact]
    public async Task The_people_shown_audit_of_a_page_names_exactly_the_people_on_that_page()
    {
        using var client = await SignedInAsync();
        var annaId = await factory.UserIdAsync(Demo.Anna);
        var start = await factory.HeadAsync();

        var page = await client.GetPageAsync("/?page=2");

        AssertPage.Ok(page);
        var onPage = CaseIds(page);
        var people = await factory.WithDbAsync(db => db.Cases.Where(c => onPage.Contains(c.Id)).Select(c => new { c.Id, c.IndividualId }).ToListAsync());
        var events = await factory.EventsAfterAsync(start, e => e.UserId == annaId);
        var shown = events.Where(e => e.Code == (int)AuditAction.PersonShown).Select(e => (e.CaseId, e.IndividualId)).ToList();
        Assert.Equal(people.Select(p => ((Guid?)p.Id, (Guid?)p.IndividualId)).Order(), shown.Order());
        var viewed = Assert.Single(events, e => e.Code == (int)AuditAction.CaseListViewed);
        Assert.Contains($"rows={CaseListQuery.PageSize}; page=2", viewed.Detail, StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var client = factory.NewClient();
        await client.SignInAsync(Demo.Anna);
        return client;
    }

    /// <summary>The cases anna.lind's unit sees, in the list's order, worked out from the domain's
    /// own visibility rule rather than the list's query.</summary>
    private async Task<List<Guid>> ExpectedOrderAsync(Func<SipCase, bool> where)
    {
        var today = factory.Today;
        var unit = Demo.Units.Vardcentral;
        var all = await factory.WithDbAsync(async db =>
        {
            var cases = await db.Cases.AsNoTracking().ToListAsync();
            var names = await db.Individuals.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.FamilyName);
            return cases.Where(c => c.IsVisibleTo(unit, today)).Where(where).Select(c => (c.Id, c.NextDueOn, Family: names[c.IndividualId])).ToList();
        });
        // The seeded cases come first and have plain names, so ordinal order is every database's order.
        Assert.All(all.Where(c => c.Family is not ("Sidholm" or "Sidlund" or "Sidberg")),
            c => Assert.True(c.NextDueOn is null || c.NextDueOn > today.AddDays(-BusyUnit.LatestDueDaysAgo), "a demo case is due among the seeded ones"));
        return all
            .OrderBy(c => c.NextDueOn is null)
            .ThenBy(c => c.NextDueOn)
            .ThenBy(c => c.Family, StringComparer.Ordinal)
            .ThenBy(c => c.Id.ToString(), StringComparer.Ordinal)
            .Select(c => c.Id)
            .ToList();
    }

    private static List<Guid> CaseIds(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("table.cases tbody tr td:first-child a")
            .Select(a => Guid.Parse(a.GetAttribute("href")!["/cases/".Length..], CultureInfo.InvariantCulture))];

    private static int NeedAttention(HtmlPage page) =>
        int.Parse(page.Document.QuerySelector(".notice.attention strong")?.TextContent ?? "0", CultureInfo.InvariantCulture);
}
