using System.Net;
using Microsoft.EntityFrameworkCore;
using Samplan.Data.Auditing;
using Samplan.Web.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Auditing;

/// <summary>What an auditor does on the /audit pages, and the accesses the tests then look for.</summary>
public static class AuditorSteps
{
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static async Task<HttpClient> SignedInAsync(this SamplanFactory factory, string userName)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.NewClient();
        await client.SignInAsync(userName);
        return client;
    }

    /// <summary>Opens Sven Karlsson's case as <paramref name="userName"/> and returns the access it logged.</summary>
    public static async Task<AuditEvent> OpenSvensCaseAsync(this SamplanFactory factory, string userName)
    {
        using var client = await factory.SignedInAsync(userName);
        var userId = await factory.UserIdAsync(userName);
        var start = await factory.HeadAsync();
        using var response = await client.GetAsync(new Uri($"/cases/{Demo.Sven.CaseId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.Single(await factory.EventsAfterAsync(start, e => e.UserId == userId && e.Code == (int)AuditAction.CaseViewed));
    }

    /// <summary>Searches /audit by personnummer and fails unless the page answers.</summary>
    public static async Task<HtmlPage> SearchAsync(this HttpClient client, string query)
    {
        var page = await client.GetPageAsync("/audit?" + query);
        AssertPage.Ok(page);
        return page;
    }

    /// <summary>Draws a random sample on /audit/review/sample and saves the review with
    /// <paramref name="outcome"/>; returns the saved review's id.</summary>
    public static async Task<Guid> RecordSampleReviewAsync(this HttpClient client, string outcome = "NoRemarks", string? findings = null)
    {
        var form = await client.GetPageAsync("/audit/review/sample");
        var drawn = await HtmlPage.ReadAsync(await client.ClickAsync(form, "Draw"));
        AssertPage.Ok(drawn);
        using var saved = await client.ClickAsync(drawn, "Save", f =>
        {
            f.Set("Record.Outcome", outcome);
            if (findings is not null)
            {
                f.Set("Record.Findings", findings);
            }
        });
        return await ReviewIdAsync(saved);
    }

    /// <summary>The id of the review a save redirected to, failing with the page's errors otherwise.</summary>
    public static async Task<Guid> ReviewIdAsync(HttpResponseMessage saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        var path = saved.RedirectPath();
        if (saved.StatusCode != HttpStatusCode.Redirect || path is null || !path.StartsWith("/audit/review/", StringComparison.Ordinal))
        {
            var page = await HtmlPage.ReadAsync(saved);
            Assert.Fail($"The review was not saved: {page} Errors: [{string.Join(" | ", page.ErrorSummary.Concat(page.FieldErrors))}]");
        }

        return Guid.Parse(path!["/audit/review/".Length..]);
    }

    /// <summary>An instant as the auditor pages show it: Swedish local time to the second.</summary>
    public static string LocalTime(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Stockholm).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The organisation each event belongs to, read from the database: the actor's, or the
    /// organisation answering for the case it concerns (a refused attempt, or a change such as a
    /// protected identity mark that reached another organisation's case) when that is
    /// <paramref name="auditorOrganisation"/>.</summary>
    public static async Task<IReadOnlyList<Guid?>> OrganisationsOfAsync(this SamplanFactory factory, IReadOnlyCollection<long> sequences, Guid auditorOrganisation)
    {
        var wanted = sequences.ToList();
        return await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.Seal != null && wanted.Contains(e.Seal.Sequence))
            .Select(e => e.SubjectOrganisationId == auditorOrganisation ? e.SubjectOrganisationId : e.OrganisationId).ToListAsync());
    }
}
