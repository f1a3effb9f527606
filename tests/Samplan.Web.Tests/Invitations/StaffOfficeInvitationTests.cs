using System.Net;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Invitations;

/// <summary>R-CALL-5: only units that give care, support or service are invited to a SIP; the
/// demo's staff offices (Regionkontoret, informationssäkerhet; Socialförvaltningens kansli) are
/// not offered, and one posted anyway is refused with the reason.</summary>
[Collection(SamplanCollection.Name)]
public sealed class StaffOfficeInvitationTests(SamplanFactory factory)
{
    private static readonly Guid Regionkontoret = Guid.Parse("0b000000-0000-0000-0000-000000000009");
    private static readonly Guid Kommunkansli = Guid.Parse("0b000000-0000-0000-0000-00000000000a");

    [Fact]
    public async Task R_CALL_5_The_invitation_form_does_not_offer_staff_offices()
    {
        var (client, caseId) = await PreparedCaseAsync();
        using (client)
        {
            var page = await client.GetPageAsync($"/cases/{caseId}/invitation");

            AssertPage.Ok(page);
            // Units beyond the case's own are offered by a search; a staff office never is.
            var offered = new List<string?>();
            foreach (var term in new[] { "bistånd", "försäkringskassan", "regionkontoret", "socialförvaltningens kansli" })
            {
                using var content = new FormUrlEncodedContent(page.Form().Set("Input.UnitQuery", term).Values);
                using var response = await client.PostAsync(new Uri($"/cases/{caseId}/invitation?handler=SearchUnits", UriKind.Relative), content);
                var found = await HtmlPage.ReadAsync(response);
                offered.AddRange(found.Document.QuerySelectorAll("input[name='Input.UnitIds']").Select(i => i.GetAttribute("value")));
            }

            Assert.Contains(Demo.Units.Bistand.ToString(), offered);
            Assert.Contains(Demo.Units.FkUppsala.ToString(), offered);
            Assert.DoesNotContain(Regionkontoret.ToString(), offered);
            Assert.DoesNotContain(Kommunkansli.ToString(), offered);
        }
    }

    [Fact]
    public async Task R_CALL_5_A_staff_office_posted_anyway_is_refused_with_the_reason_and_nothing_is_sent()
    {
        var (client, caseId) = await PreparedCaseAsync();
        using (client)
        {
            using var response = await client.SendInvitationAsync(caseId, factory.Today.AddDays(7), Demo.Units.Bistand, Regionkontoret);

            var page = await HtmlPage.ReadAsync(response);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains(page.ErrorSummary, e => e.StartsWith("En stabs- eller förvaltningsenhet (till exempel IT-säkerhet eller administration) kan inte kallas till en SIP", StringComparison.Ordinal));
            Assert.Equal("Vårdcentralen Gottsunda, rum 2", page.FieldValue("Input.Place"));
            Assert.Equal("Förberedelse", await client.PhaseAsync(caseId));
        }
    }

    private async Task<(HttpClient Client, Guid CaseId)> PreparedCaseAsync()
    {
        var client = factory.NewClient();
        await client.SignInAsync(Demo.Anna);
        var caseId = await client.StartCaseAsync(TestPersonnummer.NewAdult(), givenName: "Kalle", familyName: "Kallelsesson");
        await CaseSteps.ExpectSavedAsync(await client.RecordConsentAsync(caseId, "Kalle Kallelsesson", factory.Today), caseId, "Consent");
        await CaseSteps.ExpectSavedAsync(await client.SavePreparationAsync(caseId, "Samordna stödet", "En plan"), caseId, "Preparation");
        return (client, caseId);
    }
}
