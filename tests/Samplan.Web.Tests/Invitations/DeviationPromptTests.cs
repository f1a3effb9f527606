using System.Net;
using Microsoft.EntityFrameworkCore;
using Samplan.Domain.Deviations;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Invitations;

/// <summary>R-DEV-1 over HTTP: once the answer-by day has passed, the convener's answer board offers
/// to report the invitee who never answered; the report is kept with the case, audited, shown on
/// the case's deviation page and never to a unit outside the case.</summary>
[Collection(SamplanCollection.Name)]
public sealed class DeviationPromptTests(SamplanFactory factory)
{
    [Fact]
    public async Task R_DEV_1_The_convener_is_offered_to_report_an_invitee_who_never_answered_and_the_report_is_kept_with_the_case()
    {
        Guid caseId;
        using (var anna = await factory.SignedInAsync(Demo.Anna))
        {
            caseId = await InvitationDetailsTests.PreparedCaseAsync(anna, "Disa Dröjsmål", factory.Today);
            await CaseSteps.ExpectSavedAsync(await InvitationDetailsTests.SendAsync(anna, caseId, factory.Today.AddDays(7), factory.Today.AddDays(1), link: null, form: "InPerson"), caseId, "Invitation");
            var before = await anna.GetPageAsync($"/cases/{caseId}");
            Assert.DoesNotContain($"/cases/{caseId}/deviations?invitee=", string.Join(" ", before.Links()), StringComparison.Ordinal);
        }

        // Two days on the answer-by day has passed without an answer from the biståndshandläggning.
        factory.Clock.Advance(TimeSpan.FromDays(2));
        using var convener = await factory.SignedInAsync(Demo.Anna);
        var board = await convener.GetPageAsync($"/cases/{caseId}");
        var prompt = Assert.Single(board.Links(), l => l.StartsWith($"/cases/{caseId}/deviations?invitee=", StringComparison.Ordinal));
        Assert.Contains("Har inte svarat, sista svarsdag var", board.MainText, StringComparison.Ordinal);

        // An invited unit sees the answers but is not the one offered the report.
        using (var lena = await factory.SignedInAsync(Demo.Lena))
        {
            Assert.DoesNotContain((await lena.GetPageAsync($"/cases/{caseId}")).Links(), l => l.Contains("deviations?invitee=", StringComparison.Ordinal));
        }

        var form = await convener.GetPageAsync(prompt.Split('#')[0]);
        AssertPage.Ok(form);
        Assert.Equal(nameof(DeviationKind.NoAnswer), form.FieldValue("Kind"));

        // Without a description nothing is saved and the choice stays.
        using (var refused = await convener.SubmitFormAsync(prompt.Split('#')[0], f => f.Set("Description", " ")))
        {
            var page = await HtmlPage.ReadAsync(refused);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains("Beskriv vad som hände.", page.ErrorSummary);
        }

        using (var saved = await convener.SubmitFormAsync(prompt.Split('#')[0], f => f.Set("Description", "Ingen svarade trots påminnelse <b>två gånger</b>.")))
        {
            AssertPage.Redirects(saved, $"/cases/{caseId}/deviations");
        }

        var reports = await factory.WithDbAsync(db => db.DeviationReports.AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync());
        var report = Assert.Single(reports);
        Assert.Equal((DeviationKind.NoAnswer, Demo.Units.Bistand, Demo.Units.Vardcentral), (report.Kind, report.AboutUnitId, report.ReportedByUnitId));
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.CaseId == caseId && e.Code == (int)Web.Auditing.AuditAction.DeviationReported)));

        var list = await convener.GetPageAsync($"/cases/{caseId}/deviations");
        Assert.Contains("Ingen svarade trots påminnelse <b>två gånger</b>.", list.Document.QuerySelector("section[aria-labelledby='reported-heading']")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>två", list.Html, StringComparison.Ordinal);

        // Reported once: the board offers it no more.
        Assert.DoesNotContain((await convener.GetPageAsync($"/cases/{caseId}")).Links(), l => l.Contains("deviations?invitee=", StringComparison.Ordinal));

        // A unit outside the case: 404 for the page and for a report, and nothing written.
        using var per = await factory.SignedInAsync(Demo.Per);
        using (var hidden = await Security.Sec.GetUrlAsync(per, $"/cases/{caseId}/deviations"))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        using var post = await per.PostAsync(new Uri($"/cases/{caseId}/deviations", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [Security.Sec.AntiforgeryField] = await Security.Sec.TokenAsync(per),
            ["Description"] = "Försök",
            ["AboutName"] = "Någon",
        }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Single(await factory.WithDbAsync(db => db.DeviationReports.AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync()));
    }
}
