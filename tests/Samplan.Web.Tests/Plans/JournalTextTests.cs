using System.Net;
using Microsoft.EntityFrameworkCore;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Plans;

/// <summary>R-DOC-3: each unit documents in its own record. The journal-text page gives the agreed
/// plan as text with the acting unit's own activities first, audited as an export, 404 for a unit
/// outside the case.</summary>
[Collection(SamplanCollection.Name)]
public sealed class JournalTextTests(SamplanFactory factory)
{
    private static readonly string Url = $"/cases/{Demo.Sven.CaseId}/plan/journal-text";

    [Fact]
    public async Task R_DOC_3_Each_unit_gets_the_agreed_plan_as_text_with_its_own_activities_first()
    {
        using var anna = await factory.SignedInAsync(Demo.Anna);
        var before = await factory.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.CaseId == Demo.Sven.CaseId && e.Code == (int)Web.Auditing.AuditAction.PlanExported));

        var annas = Text(await anna.GetPageAsync(Url));

        var own = annas[..annas.IndexOf("Planens mål:", StringComparison.Ordinal)];
        Assert.StartsWith($"Samordnad individuell plan (SIP) {Domain.Cases.CaseReference.For(Demo.Sven.CaseId)}, version 1, fastställd ", annas, StringComparison.Ordinal);
        Assert.Contains("Gångträning två gånger i veckan", own, StringComparison.Ordinal);
        Assert.DoesNotContain("Hemtjänst morgon och kväll", own, StringComparison.Ordinal);
        Assert.Contains("- Hemtjänst morgon och kväll, inköp en gång i veckan: Hemtjänst Gottsunda (Tills vidare)", annas, StringComparison.Ordinal);
        Assert.Contains("- Promenad varje dag med Maj: den enskilde (Dagligen)", annas, StringComparison.Ordinal);
        Assert.DoesNotContain("Sven", annas, StringComparison.Ordinal);
        Assert.DoesNotContain(Demo.Sven.WithHyphen, annas, StringComparison.Ordinal);
        Assert.Equal(before + 1, await factory.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.CaseId == Demo.Sven.CaseId && e.Code == (int)Web.Auditing.AuditAction.PlanExported)));

        using var johan = await factory.SignedInAsync(Demo.Johan);
        var johans = Text(await johan.GetPageAsync(Url));
        var johansOwn = johans[..johans.IndexOf("Planens mål:", StringComparison.Ordinal)];
        Assert.Contains("Hemtjänst morgon och kväll", johansOwn, StringComparison.Ordinal);
        Assert.DoesNotContain("Gångträning", johansOwn, StringComparison.Ordinal);

        using var per = await factory.SignedInAsync(Demo.Per);
        using var hidden = await Security.Sec.GetUrlAsync(per, Url);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task R_DOC_3_Before_a_plan_is_agreed_the_page_says_so()
    {
        using var anna = await factory.SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());

        var page = await anna.GetPageAsync($"/cases/{caseId}/plan/journal-text");

        AssertPage.Ok(page);
        Assert.Null(page.Document.QuerySelector("#journal-text"));
        Assert.Contains("Det finns ingen fastställd plan ännu.", page.MainText, StringComparison.Ordinal);
    }

    private static string Text(HtmlPage page)
    {
        AssertPage.Ok(page);
        return page.Document.QuerySelector("textarea#journal-text")!.TextContent.Trim();
    }
}
