using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samplan.Data;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Security;

/// <summary>
/// R-PROT-1: with protected personal data only manual handling; the system refuses digital
/// handling and gives the blank forms; the person is masked in lists and never found by search.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class ProtectedIdentityTests(SamplanFactory factory)
{
    private const string ManualHandling = "Manuell hantering (skyddade personuppgifter)";
    private const string Masked = "Skyddade personuppgifter";

    [Fact]
    public async Task Starting_a_SIP_for_a_person_with_protected_identity_is_refused_with_the_paper_forms_R_PROT_1()
    {
        var anna = await factory.PooledClientAsync(Demo.Anna);

        using var response = await anna.SubmitFormAsync("/cases/new", form => form
            .Set("Input.Personnummer", "19121212-1212")
            .Set("Input.GivenName", "Tolvan")
            .Set("Input.FamilyName", "Tolvansson")
            .Set("Input.Reason", "Behöver samordnat stöd."));

        var page = await HtmlPage.ReadAsync(response);
        AssertPage.Ok(page);
        AssertPage.HasError(page, "Personen har skyddade personuppgifter. SIP får då bara hanteras manuellt på papper");
        Assert.Contains("/manual-forms", page.Links("main a"));
        AssertPage.Ok(await anna.GetPageAsync("/manual-forms"));
        Assert.Equal(0, await CasesOfAsync(Demo.Tolvan.Personnummer));
    }

    [Fact]
    public async Task Marking_protected_identity_switches_every_open_SIP_of_the_person_to_manual_handling_and_hides_the_person_R_PROT_1()
    {
        var number = TestPersonnummer.NewAdult();
        var family = Sec.UniqueName("Skyddsson");
        var traces = Sec.Traces(number, family);
        using var anna = await factory.SignedInAsync(Demo.Anna);
        using var lena = await factory.SignedInAsync(Demo.Lena);
        var invited = await anna.StartCaseAsync(number, givenName: "Siv", familyName: family);
        var second = await anna.StartCaseAsync(number, "Ett andra initiativ för samma person.");
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(invited, "Siv " + family, factory.Today), invited, "Consent");
        await CaseSteps.ExpectSavedAsync(await anna.SavePreparationAsync(invited, "Samordna stödet", "En plan"), invited, "Preparation");
        await CaseSteps.ExpectSavedAsync(await anna.SendInvitationAsync(invited, factory.Today.AddDays(7), Demo.Units.Bistand), invited, "Invitation");
        AssertPage.Ok(await lena.GetPageAsync($"/cases/{invited}"));
        AssertPage.Ok(await lena.GetPageAsync($"/cases/{invited}/plan/print"));

        using var marked = await anna.SubmitFormAsync($"/cases/{invited}/protected-identity", form => form.Set("Input.Reason", "Besked från Skatteverket om skyddad folkbokföring."));

        await CaseSteps.ExpectSavedAsync(marked, invited, "Protected identity");
        Assert.Equal(ManualHandling, await anna.PhaseAsync(invited));
        Assert.Equal(ManualHandling, await anna.PhaseAsync(second));

        // The invited unit: gone, in an already open session, page and print alike.
        foreach (var url in new[] { $"/cases/{invited}", $"/cases/{invited}/plan/print", $"/cases/{second}" })
        {
            using var hidden = await lena.GetUrlAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
            Sec.ShowsNone(await hidden.Content.ReadAsStringAsync(), $"lena.berg's {url}", traces);
        }

        // The responsible unit: both cases in its list, masked, nothing of the person in the HTML.
        foreach (var show in new[] { "show=Open", "show=All" })
        {
            var list = await anna.ListAsync(show);
            var rows = list.Document.QuerySelectorAll("table.cases tbody tr")
                .Where(r => r.QuerySelector($"a[href='/cases/{invited}'], a[href='/cases/{second}']") is not null)
                .ToList();
            Assert.Equal(2, rows.Count);
            Assert.All(rows, row => Assert.Contains(Masked, row.TextContent, StringComparison.Ordinal));
            Assert.All(rows, row => Assert.Contains("********-****", row.TextContent, StringComparison.Ordinal));
            Sec.ShowsNone(list.Html, $"anna.lind's list ({show})", traces);
        }

        // Nobody finds the person by name or number.
        foreach (var client in new[] { anna, lena })
        {
            foreach (var search in new[] { family, "Siv " + family, number.WithHyphen, number.Twelve, number.Ten })
            {
                var found = await client.ListAsync("show=All&q=" + Uri.EscapeDataString(search));
                Assert.DoesNotContain(Sec.CaseLinks(found), l => l.Contains(invited.ToString(), StringComparison.Ordinal) || l.Contains(second.ToString(), StringComparison.Ordinal));
                Sec.ShowsNone(found.MainText, $"search for {search}", "Siv", family);
            }
        }

        // No digital step is offered any more: only closing.
        foreach (var caseId in new[] { invited, second })
        {
            var casePage = await anna.GetPageAsync($"/cases/{caseId}");
            Assert.Equal([$"/cases/{caseId}/close"], casePage.Links(".status-panel .actions a"));
        }
    }

    [Fact]
    public async Task Under_manual_handling_an_invitation_is_refused_and_nothing_is_sent_R_PROT_1()
    {
        var number = TestPersonnummer.NewAdult();
        using var anna = await factory.SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(number, givenName: "Stig", familyName: Sec.UniqueName("Skyddsson"));
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Stig Skyddsson", factory.Today), caseId, "Consent");
        await CaseSteps.ExpectSavedAsync(await anna.SavePreparationAsync(caseId, "Samordna stödet", "En plan"), caseId, "Preparation");
        // The invitation form as it was before the mark, with every field filled in.
        var invitation = (await anna.GetPageAsync($"/cases/{caseId}/invitation")).Form()
            .Set("Input.Place", "Vårdcentralen")
            .Set("Input.MeetingDate", CaseSteps.Iso(factory.Today.AddDays(7)))
            .Set("Input.StartTime", "10:00")
            .Set("Input.UnitIds", Demo.Units.Bistand.ToString());
        await CaseSteps.ExpectSavedAsync(await anna.SubmitFormAsync($"/cases/{caseId}/protected-identity", form => form.Set("Input.Reason", "Besked från Skatteverket om skyddad folkbokföring.")), caseId, "Protected identity");
        var before = await anna.StateAsync(caseId);

        using var get = await anna.GetUrlAsync($"/cases/{caseId}/invitation");
        invitation.Set("Version", before.Version);
        using var post = await invitation.PostAsync(anna);

        Assert.Equal($"/cases/{caseId}", get.RedirectPath());
        var page = await HtmlPage.ReadAsync(post);
        AssertPage.Ok(page);
        AssertPage.HasError(page, "Steget går inte att göra i SIP:ens nuvarande fas.");
        Assert.Equal(before, await anna.StateAsync(caseId));
        Assert.Equal(ManualHandling, before.Phase);
        using var lena = await factory.SignedInAsync(Demo.Lena);
        using var notInvited = await lena.GetUrlAsync($"/cases/{caseId}");
        Assert.Equal(HttpStatusCode.NotFound, notInvited.StatusCode);
    }

    private async Task<int> CasesOfAsync(string personnummer)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SamplanDbContext>();
        var individuals = await db.Individuals.ToListAsync();
        var ids = individuals.Where(i => i.Personnummer.Value == personnummer).Select(i => i.Id).ToList();
        Assert.Single(ids);
        return await db.Cases.CountAsync(c => ids.Contains(c.IndividualId));
    }
}
