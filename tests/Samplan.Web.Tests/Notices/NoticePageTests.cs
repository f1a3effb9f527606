using System.Net;
using Microsoft.EntityFrameworkCore;
using Samplan.Web.Auditing;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Notices;

/// <summary>The unit's outbox page and its address: set by whoever acts for the unit, or by a unit
/// administrator for any unit of the organisation; bad input answered in words with what was typed
/// kept; another organisation's unit is 404; every change audited with it.</summary>
[Collection(SamplanCollection.Name)]
public sealed class NoticePageTests(SamplanFactory factory)
{
    private static readonly Guid Elevhalsa = Guid.Parse("0b000000-0000-0000-0000-000000000007");

    [Fact]
    public async Task A_unit_sets_its_notice_address_and_bad_input_is_refused_in_words_keeping_what_was_typed()
    {
        using var maria = factory.NewClient();
        await maria.SignInAsync(Demo.Maria);
        try
        {
            var huge = new string('a', 10_000) + "@skola.example";
            foreach (var bad in new[] { huge, "Elevhälsan <sip@skola.example>", "sip@skola.example, rektor@skola.example", "inte en adress" })
            {
                using var refused = await maria.SubmitFormAsync("/notices", form => form.Set("Address", bad));
                var page = await HtmlPage.ReadAsync(refused);
                Assert.Equal(HttpStatusCode.OK, page.Status);
                Assert.Contains(page.ErrorSummary, e => e.StartsWith("Ange en enda e-postadress", StringComparison.Ordinal));
                Assert.Equal(bad, page.FieldValue("Address"));
            }

            Assert.Null(await AddressOfAsync(Elevhalsa));
            using var saved = await maria.SubmitFormAsync("/notices", form => form.Set("Address", "  sip.elevhalsan@skola.example "));
            var after = await HtmlPage.ReadAsync(saved);
            Assert.Contains("Adressen är sparad", after.MainText, StringComparison.Ordinal);
            Assert.Equal("sip.elevhalsan@skola.example", await AddressOfAsync(Elevhalsa));
            Assert.Equal("sip.elevhalsan@skola.example", after.FieldValue("Address"));
            Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Code == (int)AuditAction.NoticeAddressChanged && e.UnitId == Elevhalsa && e.Outcome == AuditOutcome.Success)));
            Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Code == (int)AuditAction.NoticeAddressChanged && e.UnitId == Elevhalsa && e.Outcome == AuditOutcome.Refused)));
        }
        finally
        {
            using var cleared = await maria.SubmitFormAsync("/notices", form => form.Set("Address", string.Empty));
            Assert.Null(await AddressOfAsync(Elevhalsa));
        }
    }

    [Fact]
    public async Task A_unit_administrator_sees_the_organisations_units_and_another_organisations_unit_is_404()
    {
        using var hanna = factory.NewClient();
        await hanna.SignInAsync(AuditTrail.Hanna);
        var bistand = await hanna.GetPageAsync($"/notices?unit={Demo.Units.Bistand}");
        AssertPage.Ok(bistand);
        Assert.Contains("Biståndshandläggning", bistand.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await hanna.GetPageAsync($"/notices?unit={Demo.Units.Vardcentral}")).Status);

        using var per = factory.NewClient();
        await per.SignInAsync(Demo.Per);
        Assert.Equal(HttpStatusCode.NotFound, (await per.GetPageAsync($"/notices?unit={Demo.Units.Bistand}")).Status);
        var token = (await per.GetPageAsync("/notices")).Form("form.language-form")[HtmlForm.AntiforgeryField]!;
        using var posted = await per.PostAsync("/notices?handler=Address", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["unit"] = Demo.Units.Bistand.ToString(),
            ["Address"] = "kapad@example.com",
            [HtmlForm.AntiforgeryField] = token,
        }));
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.NotEqual("kapad@example.com", await AddressOfAsync(Demo.Units.Bistand));
    }

    private Task<string?> AddressOfAsync(Guid unitId) =>
        factory.WithDbAsync(db => db.Units.Where(u => u.Id == unitId).Select(u => u.NoticeAddress).SingleAsync());
}
