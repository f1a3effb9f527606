using System.Net;
using Samplan.Web.Tests.Infrastructure;
using Samplan.Web.Tests.Units;

namespace Samplan.Web.Tests.Invitations;

/// <summary>The invitation offers the units the case names and invites any other by a search,
/// which without JavaScript posts the whole form, sends nothing and keeps what was typed.</summary>
[Collection(SamplanCollection.Name)]
public sealed class InvitationUnitSearchTests(SamplanFactory factory)
{
    private async Task<(HttpClient Client, Guid CaseId)> PreparedCaseAsync()
    {
        await BigDirectory.EnsureAsync(factory);
        var client = factory.NewClient();
        await client.SignInAsync(Demo.Anna);
        var caseId = await client.StartCaseAsync(TestPersonnummer.NewAdult());
        await CaseSteps.ExpectSavedAsync(await client.RecordConsentAsync(caseId, "Test Testperson", factory.Today), caseId, "Consent");
        await CaseSteps.ExpectSavedAsync(await client.SavePreparationAsync(caseId, "Samordna stödet", "En plan"), caseId, "Preparation");
        return (client, caseId);
    }

    private static List<string> Offered(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("input[name='Input.UnitIds']").Select(i => i.GetAttribute("value") ?? string.Empty)];

    [Fact]
    public async Task The_invitation_offers_the_units_of_the_case_not_the_directory()
    {
        var (client, caseId) = await PreparedCaseAsync();
        using var _ = client;

        var page = await client.GetPageAsync($"/cases/{caseId}/invitation");

        AssertPage.Ok(page);
        Assert.Equal([Demo.Units.Vardcentral.ToString()], Offered(page));
        Assert.DoesNotContain(BigDirectory.NamePrefix, page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_without_javascript_keeps_the_form_and_a_found_unit_can_be_invited()
    {
        var (client, caseId) = await PreparedCaseAsync();
        using var _ = client;
        var form = (await client.GetPageAsync($"/cases/{caseId}/invitation")).Form()
            .Set("Input.Place", "Rum 5")
            .Set("Input.Message", "Ta med läkemedelslistan.")
            .Set("Input.Others[0].Name", "Mamma Testperson")
            .Set("Input.UnitQuery", "bistånd");

        using var content = new FormUrlEncodedContent(form.Values);
        using var response = await client.PostAsync(new Uri($"/cases/{caseId}/invitation?handler=SearchUnits", UriKind.Relative), content);
        var found = await HtmlPage.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, found.Status);
        Assert.Equal("Rum 5", found.FieldValue("Input.Place"));
        Assert.Equal("Ta med läkemedelslistan.", found.FieldValue("Input.Message"));
        Assert.Equal("Mamma Testperson", found.FieldValue("Input.Others[0].Name"));
        Assert.Equal("bistånd", found.FieldValue("Input.UnitQuery"));
        Assert.Contains(Demo.Units.Bistand.ToString(), Offered(found));
        Assert.Equal("Förberedelse", await client.PhaseAsync(caseId));

        var send = found.Form().Remove("Input.UnitIds").Add("Input.UnitIds", Demo.Units.Bistand.ToString());
        using var sent = await send.PostAsync(client);
        await CaseSteps.ExpectSavedAsync(sent, caseId, "Invitation to a found unit");

        var casePage = await client.GetPageAsync($"/cases/{caseId}");
        Assert.Contains("Biståndshandläggning äldre", casePage.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_not_in_the_directory_is_refused_with_a_message()
    {
        var (client, caseId) = await PreparedCaseAsync();
        using var _ = client;

        using var response = await client.SendInvitationAsync(caseId, factory.Today.AddDays(7), Demo.Units.Bistand, Guid.NewGuid());

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("En vald verksamhet finns inte i katalogen. Sök fram den igen.", page.ErrorSummary);
        Assert.Equal("Förberedelse", await client.PhaseAsync(caseId));
    }
}
