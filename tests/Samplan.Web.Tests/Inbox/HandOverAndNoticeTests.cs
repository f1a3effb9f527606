using System.Net;
using Microsoft.EntityFrameworkCore;
using Samplan.Domain.Messages;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Inbox;

/// <summary>The right unit learns of the SIP: a hand-over moves the responsibility and the deadline
/// to the unit named, which is told (R-CASE-2, R-INIT-5); the end of a SIP is told to every unit
/// that took part (R-CASE-4).</summary>
[Collection(SamplanCollection.Name)]
public sealed class HandOverAndNoticeTests(SamplanFactory factory)
{
    [Fact]
    public async Task R_INIT_5_R_CASE_2_The_ward_hands_a_discharge_SIP_to_the_vardcentral_which_gets_it_its_deadline_and_a_message()
    {
        var friday = MessageSteps.FridayOnOrBefore(factory.Today);
        var person = TestPersonnummer.NewAdult();
        using var ward = factory.NewClient();
        await ward.SignInAsync(Demo.Karin);
        using var started = await ward.SubmitFormAsync("/cases/new", form => form
            .Set("Input.Personnummer", person.WithHyphen).Set("Input.GivenName", "Hugo").Set("Input.FamilyName", "Handoversson")
            .Set("Input.Reason", "Utskrivningsklar, behöver hemsjukvård.")
            .Set("Input.NeedIdentifiedOn", CaseSteps.Iso(friday)).Set("Input.DischargeReadyOn", CaseSteps.Iso(friday)));
        var caseId = Guid.Parse(started.RedirectPath()!["/cases/".Length..]);

        using var anna = factory.NewClient();
        await anna.SignInAsync(Demo.Anna);
        Assert.DoesNotContain("Handoversson", (await anna.GetPageAsync("/")).MainText, StringComparison.Ordinal);

        using var handed = await ward.SubmitFormAsync($"/cases/{caseId}/hand-over", form => form.Set("UnitId", Demo.Units.Vardcentral.ToString()));
        AssertPage.Redirects(handed, "/");
        var wardList = await ward.GetPageAsync("/");
        Assert.Contains("SIP:en är överlämnad till Vårdcentralen Gottsunda", wardList.MainText, StringComparison.Ordinal);

        // The vårdcentral answers for it now: the case, with the Monday deadline, is in its list.
        var list = await anna.GetPageAsync("/");
        var row = list.Document.QuerySelectorAll("table.cases tbody tr").Single(tr => tr.TextContent.Contains("Handoversson", StringComparison.Ordinal));
        Assert.Contains(friday.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), row.InnerHtml, StringComparison.Ordinal);
        AssertPage.Ok(await anna.GetPageAsync($"/cases/{caseId}"));

        var messageId = await anna.MessageAboutAsync(caseId);
        var message = await anna.GetPageAsync($"/inbox/{messageId}");
        Assert.Contains("SIP överlämnad till er", message.MainText, StringComparison.Ordinal);
        Assert.Contains("Hugo Handoversson", message.MainText, StringComparison.Ordinal);
        Assert.NotNull(message.Document.QuerySelector($"form[action='/inbox/{messageId}?handler=Acknowledge']"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.CaseId == caseId && e.Code == (int)Web.Auditing.AuditAction.CaseHandedOver)));
    }

    [Fact]
    public async Task R_CONSENT_1_A_SIP_without_discharge_or_consent_is_not_handed_over()
    {
        using var anna = factory.NewClient();
        await anna.SignInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());

        using var refused = await anna.SubmitFormAsync($"/cases/{caseId}/hand-over", form => form.Set("UnitId", Demo.Units.Bistand.ToString()));

        var page = await HtmlPage.ReadAsync(refused);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(page.ErrorSummary, e => e.StartsWith("Före samtycke kan SIP:en bara lämnas över vid utskrivning", StringComparison.Ordinal));
        AssertPage.Ok(await anna.GetPageAsync($"/cases/{caseId}"));
    }

    [Fact]
    public async Task R_CASE_4_Every_unit_that_took_part_is_told_when_the_SIP_closes()
    {
        using var anna = factory.NewClient();
        await anna.SignInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Test Testperson", factory.Today), caseId, "Consent");
        await anna.SendMessageOkAsync(caseId, "Initiative", [Demo.Units.Bistand, Demo.Units.Hemtjanst]);

        await CaseSteps.ExpectSavedAsync(await anna.SubmitFormAsync($"/cases/{caseId}/close", form => form
            .Set("Input.Reason", "NoLongerNeeded").Set("Input.Note", "Stödet räcker.")), caseId, "Close");

        var notices = await factory.WithDbAsync(db => db.Messages.AsNoTracking().Include(m => m.Recipients)
            .Where(m => m.CaseId == caseId && m.Kind == MessageKind.CaseEnded).ToListAsync());
        var notice = Assert.Single(notices);
        Assert.Equal([Demo.Units.Bistand, Demo.Units.Hemtjanst], notice.Recipients.Select(r => r.UnitId).Order());
        Assert.All(notice.Recipients, r => Assert.Equal(MessagePurpose.Information, r.Purpose));
        Assert.Null(notice.Text);

        using var lena = factory.NewClient();
        await lena.SignInAsync(Demo.Lena);
        var page = await lena.GetPageAsync($"/inbox/{notice.Id}");
        Assert.Contains("SIP:en har avslutats eller pausats", page.MainText, StringComparison.Ordinal);
    }
}
