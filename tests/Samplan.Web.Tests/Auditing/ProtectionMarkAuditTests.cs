using System.Net;
using Samplan.Data.Auditing;
using Samplan.Web.Auditing;
using Samplan.Web.Tests.Infrastructure;
using Samplan.Web.Tests.Security;

namespace Samplan.Web.Tests.Auditing;

/// <summary>
/// R-PROT-1..3 across organisations: a huvudman unit's mark switches the person's SIPs of every
/// organisation to manual handling, audited on every case for that case's own organisation,
/// shown to each responsible unit with who, when and why; only whom it concerns lifts a
/// mistaken mark, with a reason, and the cases return.
/// </summary>
[Collection(AuditAppCollection.Name)]
public sealed class ProtectionMarkAuditTests(AuditedAppFactory factory)
{
    private const string Reason = "Besked från Skatteverket om skyddad folkbokföring.";
    private const string ManualHandling = "Manuell hantering (skyddade personuppgifter)";
    private const string Initiated = "Initiativ – väntar på samtycke";

    [Fact]
    public async Task Protected_identity_is_audited_on_every_affected_case_visible_to_each_cases_own_auditors_R_PROT_2()
    {
        var (number, kommunCase, regionCase) = await TwoOrganisationsCasesAsync();
        using var anna = await factory.SignedInAsync(Demo.Anna);
        using var lena = await factory.SignedInAsync(Demo.Lena);
        // Each organisation keeps its own record of the person (StartCaseRevealsNothingTests).
        var person = await factory.IndividualOfAsync(kommunCase);
        var regionsRecord = await factory.IndividualOfAsync(regionCase);
        var head = await factory.HeadAsync();

        await CaseSteps.ExpectSavedAsync(await MarkAsync(anna, regionCase), regionCase, "Protected identity");

        Assert.Equal(ManualHandling, await lena.PhaseAsync(kommunCase));
        var events = await factory.EventsAfterAsync(head, e => e.Code == (int)AuditAction.ProtectedIdentityMarked && (e.CaseId == kommunCase || e.CaseId == regionCase));
        var own = Assert.Single(events, e => e.CaseId == regionCase);
        var other = Assert.Single(events, e => e.CaseId == kommunCase);
        Assert.Equal((AuditTrail.RegionUppsala, regionsRecord, (Guid?)null), (own.OrganisationId!.Value, own.IndividualId!.Value, own.SubjectOrganisationId));
        Assert.Equal((AuditTrail.UppsalaKommun, person, (Guid?)null), (other.SubjectOrganisationId!.Value, other.SubjectIndividualId!.Value, other.IndividualId));
        Assert.Equal(AuditOutcome.Success, other.Outcome);

        using var hanna = await factory.SignedInAsync(AuditTrail.Hanna);
        using var ulla = await factory.SignedInAsync(AuditTrail.Ulla);
        var kommunSees = (await hanna.SearchAsync("code=2111")).Sequences();
        var regionSees = (await ulla.SearchAsync("code=2111")).Sequences();
        Assert.Contains(other.Seal!.Sequence, kommunSees);
        Assert.DoesNotContain(own.Seal!.Sequence, kommunSees);
        Assert.Contains(own.Seal!.Sequence, regionSees);
        Assert.Contains(other.Seal!.Sequence, (await hanna.SearchAsync("pnr=" + number.WithHyphen)).Sequences());
    }

    [Fact]
    public async Task The_responsible_unit_of_every_affected_case_sees_who_marked_when_and_why_R_PROT_2()
    {
        var (_, kommunCase, regionCase) = await TwoOrganisationsCasesAsync();
        using var anna = await factory.SignedInAsync(Demo.Anna);
        using var lena = await factory.SignedInAsync(Demo.Lena);

        await CaseSteps.ExpectSavedAsync(await MarkAsync(anna, regionCase), regionCase, "Protected identity");

        var page = await lena.GetPageAsync($"/cases/{kommunCase}");
        var notice = HtmlPage.Collapse(page.Document.QuerySelector(".protection-mark")?.TextContent);
        Assert.StartsWith("Markerad med skyddade personuppgifter av Vårdcentralen Gottsunda, ", notice, StringComparison.Ordinal);
        Assert.Contains(": " + Reason, notice, StringComparison.Ordinal);
        Assert.Contains($"/cases/{kommunCase}/protected-identity/lift", page.Links(".protection-mark a"));
        var list = await lena.ListAsync("show=Open");
        var row = list.Document.QuerySelectorAll("table.cases tbody tr").Single(r => r.QuerySelector($"a[href='/cases/{kommunCase}']") is not null);
        Assert.Contains("Markerad", HtmlPage.Collapse(row.QuerySelector(".protection-mark")?.TextContent), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Demo.Maria)]
    [InlineData(Demo.Per)]
    public async Task A_unit_that_is_not_huvudman_cannot_mark_protected_identity_R_PROT_2(string userName)
    {
        using var client = await factory.SignedInAsync(userName);
        var caseId = await client.StartCaseAsync(TestPersonnummer.NewAdult(), familyName: "Skolsson");

        var page = await HtmlPage.ReadAsync(await MarkAsync(client, caseId));

        AssertPage.Ok(page);
        AssertPage.HasError(page, "Bara hälso- och sjukvården eller socialtjänsten kan markera skyddade personuppgifter.");
        Assert.Equal(Initiated, await client.PhaseAsync(caseId));
    }

    [Fact]
    public async Task A_mark_without_a_reason_is_refused_R_PROT_2()
    {
        using var anna = await factory.SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());

        var page = await HtmlPage.ReadAsync(await MarkAsync(anna, caseId, reason: " "));

        AssertPage.HasError(page, "Skriv varför personen markeras");
        Assert.Equal(Initiated, await anna.PhaseAsync(caseId));
    }

    [Fact]
    public async Task The_responsible_unit_lifts_a_mistaken_mark_with_a_reason_and_every_case_returns_audited_R_PROT_3()
    {
        var (_, kommunCase, regionCase) = await TwoOrganisationsCasesAsync();
        using var anna = await factory.SignedInAsync(Demo.Anna);
        using var lena = await factory.SignedInAsync(Demo.Lena);
        using var maria = await factory.SignedInAsync(Demo.Maria);
        var before = await anna.PhaseAsync(regionCase);
        await CaseSteps.ExpectSavedAsync(await MarkAsync(anna, regionCase), regionCase, "Protected identity");
        var lift = $"/cases/{kommunCase}/protected-identity/lift";

        // Without a reason: refused, nothing returns.
        var refused = await HtmlPage.ReadAsync(await lena.SubmitFormAsync(lift));
        AssertPage.HasError(refused, "Skriv varför markeringen var fel och hävs.");
        Assert.Equal(ManualHandling, await lena.PhaseAsync(kommunCase));

        // A unit neither responsible nor administering: 404, form and post alike.
        using var get = await maria.GetUrlAsync(lift);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        var token = (await maria.GetPageAsync("/cases/new")).Form()[HtmlForm.AntiforgeryField]!;
        var form = (await lena.GetPageAsync(lift)).Form().Set(HtmlForm.AntiforgeryField, token).Set("Input.Reason", "Fel.");
        using var post = await form.PostAsync(maria);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(ManualHandling, await anna.PhaseAsync(regionCase));

        var head = await factory.HeadAsync();
        using var lifted = await lena.SubmitFormAsync(lift, f => f.Set("Input.Reason", "Fel person markerades."));

        Assert.Equal($"/cases/{kommunCase}", lifted.RedirectPath());
        Assert.Equal(Initiated, await lena.PhaseAsync(kommunCase));
        Assert.Equal(before, await anna.PhaseAsync(regionCase));
        var events = await factory.EventsAfterAsync(head, e => e.Code == (int)AuditAction.ProtectedIdentityLifted && (e.CaseId == kommunCase || e.CaseId == regionCase));
        Assert.Equal(AuditTrail.UppsalaKommun, Assert.Single(events, e => e.CaseId == kommunCase).OrganisationId);
        Assert.Equal(AuditTrail.RegionUppsala, Assert.Single(events, e => e.CaseId == regionCase).SubjectOrganisationId);
        var notice = HtmlPage.Collapse((await anna.GetPageAsync($"/cases/{regionCase}")).Document.QuerySelector(".protection-mark")?.TextContent);
        Assert.Contains("hävdes av Biståndshandläggning äldre", notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_administrator_of_an_affected_organisation_lifts_the_mark_without_seeing_the_case_R_PROT_3()
    {
        var (_, kommunCase, regionCase) = await TwoOrganisationsCasesAsync();
        using var anna = await factory.SignedInAsync(Demo.Anna);
        await CaseSteps.ExpectSavedAsync(await MarkAsync(anna, regionCase), regionCase, "Protected identity");
        using var nils = await factory.SignedInAsync(AuditTrail.Nils);

        var marks = await nils.GetPageAsync("/protected-identity/marks");
        Assert.Contains($"/cases/{regionCase}/protected-identity/lift", marks.Links("main a"));
        Assert.DoesNotContain($"/cases/{kommunCase}/protected-identity/lift", marks.Links("main a"));
        using var notVisible = await nils.GetUrlAsync($"/cases/{regionCase}");
        Assert.Equal(HttpStatusCode.NotFound, notVisible.StatusCode);
        using var lifted = await nils.SubmitFormAsync($"/cases/{regionCase}/protected-identity/lift", f => f.Set("Input.Reason", "Fel person markerades."));

        Assert.Equal("/protected-identity/marks", lifted.RedirectPath());
        Assert.Equal(Initiated, await anna.PhaseAsync(regionCase));
    }

    /// <summary>Lena (Uppsala kommun) runs a SIP for a new person; Anna (Region Uppsala) starts her own for the same person.</summary>
    private async Task<(TestPersonnummer Number, Guid KommunCase, Guid RegionCase)> TwoOrganisationsCasesAsync()
    {
        var number = TestPersonnummer.NewAdult();
        using var lena = await factory.SignedInAsync(Demo.Lena);
        using var anna = await factory.SignedInAsync(Demo.Anna);
        var kommunCase = await lena.StartCaseAsync(number, givenName: "Siv", familyName: "Skyddsson");
        var regionCase = await anna.StartCaseAsync(number, "Ett eget initiativ från vårdcentralen.");
        return (number, kommunCase, regionCase);
    }

    private static Task<HttpResponseMessage> MarkAsync(HttpClient client, Guid caseId, string reason = Reason) =>
        client.SubmitFormAsync($"/cases/{caseId}/protected-identity", f => f.Set("Input.Reason", reason));
}
