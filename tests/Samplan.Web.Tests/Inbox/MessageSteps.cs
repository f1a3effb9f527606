using System.Net;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Inbox;

/// <summary>Messages as the units send, find and acknowledge them through the pages.</summary>
public static class MessageSteps
{
    /// <summary>Posts the message form of the case: each unit for acknowledgement unless it is in <paramref name="informOnly"/>.</summary>
    public static Task<HttpResponseMessage> SendMessageAsync(this HttpClient client, Guid caseId, string kind, IEnumerable<Guid> units, IEnumerable<Guid>? informOnly = null, string? text = null) =>
        client.SubmitFormAsync($"/cases/{caseId}/messages/new", form =>
        {
            form.Set("Input.Kind", kind).Set("Input.Text", text ?? string.Empty);
            form.Remove("Input.UnitIds").Remove("Input.InformOnlyIds");
            foreach (var unit in units)
            {
                form.Add("Input.UnitIds", unit.ToString());
            }

            foreach (var unit in informOnly ?? [])
            {
                form.Add("Input.InformOnlyIds", unit.ToString());
            }
        });

    /// <summary>Sends and fails the test unless the message was sent.</summary>
    public static async Task SendMessageOkAsync(this HttpClient client, Guid caseId, string kind, IEnumerable<Guid> units, IEnumerable<Guid>? informOnly = null, string? text = null)
    {
        using var response = await client.SendMessageAsync(caseId, kind, units, informOnly, text);
        if (response.StatusCode != HttpStatusCode.Redirect || response.RedirectPath() != $"/cases/{caseId}/messages")
        {
            var page = await HtmlPage.ReadAsync(response);
            Assert.Fail($"The message was not sent: {page} Errors: [{string.Join(" | ", page.ErrorSummary)}]");
        }
    }

    /// <summary>The messages the acting unit's inbox links to, in the inbox's order.</summary>
    public static async Task<IReadOnlyList<Guid>> InboxAsync(this HttpClient client)
    {
        var page = await client.GetPageAsync("/inbox");
        AssertPage.Ok(page);
        return [.. page.Document.QuerySelectorAll("table.inbox a[href^='/inbox/']").Select(a => Guid.Parse(a.GetAttribute("href")!["/inbox/".Length..]))];
    }

    /// <summary>The newest message about <paramref name="caseId"/> in the acting unit's inbox (the
    /// demo units' inboxes hold other tests' messages too).</summary>
    public static async Task<Guid> MessageAboutAsync(this HttpClient client, Guid caseId)
    {
        var page = await client.GetPageAsync("/inbox");
        AssertPage.Ok(page);
        var reference = Domain.Cases.CaseReference.For(caseId);
        var rows = page.Document.QuerySelectorAll("table.inbox tbody tr")
            .Where(tr => tr.QuerySelector(".case-ref")?.TextContent.Trim() == reference)
            .Select(tr => Guid.Parse(tr.QuerySelector("a[href^='/inbox/']")!.GetAttribute("href")!["/inbox/".Length..]))
            .ToList();
        Assert.True(rows.Count > 0, $"No message about {reference} in the inbox: {page}");
        return rows[0];
    }

    /// <summary>The count of messages awaiting acknowledgement in the navigation; 0 when none is shown.</summary>
    public static int NavigationCount(HtmlPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var count = page.Document.QuerySelector("nav a[href='/inbox'] .nav-count");
        return count is null ? 0 : int.Parse(count.ChildNodes[0].TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Task<HttpResponseMessage> AcknowledgeAsync(this HttpClient client, Guid messageId) =>
        client.SubmitFormAsync($"/inbox/{messageId}", formSelector: $"form[action='/inbox/{messageId}?handler=Acknowledge']");

    /// <summary>A Friday on or before <paramref name="today"/>.</summary>
    public static DateOnly FridayOnOrBefore(DateOnly today) => today.AddDays(-(((int)today.DayOfWeek - (int)DayOfWeek.Friday + 7) % 7));
}
