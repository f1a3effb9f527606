using System.Net;
using Microsoft.EntityFrameworkCore;
using Samplan.Domain.Distribution;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Plans;

/// <summary>R-DOC-2 over HTTP: the coordinator records who got the agreed plan, how and when; the
/// to-do page counts who has not; only the convener or coordinator records, 404 outside the case.</summary>
[Collection(SamplanCollection.Name)]
public sealed class PlanCopiesTests(SamplanFactory factory)
{
    private static readonly string Url = $"/cases/{Demo.Sven.CaseId}/plan/copies";

    [Fact]
    public async Task R_DOC_2_The_coordinator_records_a_copy_once_and_the_to_do_page_counts_who_still_lacks_the_plan()
    {
        using var anna = await factory.SignedInAsync(Demo.Anna);
        var page = await anna.GetPageAsync(Url);
        AssertPage.Ok(page);
        var rows = page.Document.QuerySelectorAll("table.copies tbody tr");
        Assert.Contains(rows, tr => tr.TextContent.Contains("Sven Karlsson (den enskilde)", StringComparison.Ordinal));
        Assert.Contains(rows, tr => tr.TextContent.Contains("Hemtjänst Gottsunda", StringComparison.Ordinal));
        Assert.Contains(rows, tr => tr.TextContent.Contains("Maj Karlsson", StringComparison.Ordinal));
        var missingBefore = Missing(await anna.GetPageAsync("/todo"));

        // A day in the future is refused with the form shown again, nothing saved.
        using (var refused = await anna.SubmitFormAsync(Url, f => f.Set("GivenOn", CaseSteps.Iso(factory.Today.AddDays(1))), formSelector: "table.copies form"))
        {
            var shown = await HtmlPage.ReadAsync(refused);
            Assert.Equal(HttpStatusCode.OK, shown.Status);
            Assert.Contains("Dagen har inte kommit än.", shown.ErrorSummary);
        }

        using (var saved = await anna.SubmitFormAsync(Url, f => f.Set("Method", "Post"), formSelector: "table.copies form"))
        {
            AssertPage.Redirects(saved, Url);
        }

        var copies = await factory.WithDbAsync(db => db.PlanCopies.AsNoTracking().Where(p => p.CaseId == Demo.Sven.CaseId && p.RecipientKey == PlanRecipient.IndividualKey).ToListAsync());
        var copy = Assert.Single(copies);
        Assert.Equal((PlanCopyMethod.Post, factory.Today, "Sven Karlsson"), (copy.Method, copy.GivenOn, copy.RecipientName));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.CaseId == Demo.Sven.CaseId && e.Code == (int)Web.Auditing.AuditAction.PlanCopyRecorded)));
        var after = await anna.GetPageAsync(Url);
        Assert.Contains(after.Document.QuerySelectorAll("table.copies tbody tr"), tr => tr.TextContent.Contains("Per post", StringComparison.Ordinal) && tr.TextContent.Contains("Sven Karlsson", StringComparison.Ordinal));
        Assert.Equal(missingBefore - 1, Missing(await anna.GetPageAsync("/todo")));

        // Johan's unit was invited and carries an activity, but does not coordinate: 403. Per's unit is outside the case: 404.
        using var johan = await factory.SignedInAsync(Demo.Johan);
        using (var refusedJohan = await Security.Sec.GetUrlAsync(johan, Url))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refusedJohan.StatusCode);
        }

        using var per = await factory.SignedInAsync(Demo.Per);
        using var hidden = await Security.Sec.GetUrlAsync(per, Url);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    /// <summary>How many on the to-do page do not have Sven's plan yet.</summary>
    private static int Missing(HtmlPage todo)
    {
        var item = todo.Document.QuerySelectorAll("section[aria-labelledby='todo-copies'] li")
            .Single(li => li.TextContent.Contains(Domain.Cases.CaseReference.For(Demo.Sven.CaseId), StringComparison.Ordinal));
        return int.Parse(item.QuerySelector("a")!.TextContent.Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }
}
