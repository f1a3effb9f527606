using System.Net;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Security;

/// <summary>
/// No mass assignment (docs/security.md): forms bind to input models without organisation, unit
/// or person ids except choices the server checks against the directory; the acting unit always
/// comes from the session. Extra fields a browser would never send change nothing.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class MassAssignmentTests(SamplanFactory factory)
{
    private static readonly Guid SvenIndividual = Guid.Parse("0c000000-0000-0000-0000-000000000005");
    private static readonly Guid UppsalaKommun = Guid.Parse("0a000000-0000-0000-0000-000000000002");

    /// <summary>Names an attacker would try for the case's own fields, bare and under the input model.</summary>
    private static IEnumerable<KeyValuePair<string, string>> Extras(params string[] prefixes)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["InitiatingUnitId"] = Demo.Units.Bistand.ToString(),
            ["ResponsibleUnitId"] = Demo.Units.Bistand.ToString(),
            ["UnitId"] = Demo.Units.Bistand.ToString(),
            ["OrganisationId"] = UppsalaKommun.ToString(),
            ["IndividualId"] = SvenIndividual.ToString(),
            ["Phase"] = "Active",
            ["IsSharedWithParticipants"] = "true",
            ["ConsentValidUntil"] = "2099-12-31",
            ["Initiator.UnitId"] = Demo.Units.Bistand.ToString(),
            ["Units[0].UnitId"] = Demo.Units.FkUppsala.ToString(),
            ["Units[0].Role"] = "Invited",
            ["HasProtectedIdentity"] = "false",
        };
        return prefixes.SelectMany(prefix => values.Select(v => new KeyValuePair<string, string>(prefix + v.Key, v.Value)));
    }

    [Fact]
    public async Task Extra_fields_on_the_new_case_form_change_neither_the_units_the_person_nor_the_phase()
    {
        var anna = await factory.PooledClientAsync(Demo.Anna);
        var lena = await factory.PooledClientAsync(Demo.Lena);
        var svenBefore = await anna.StateAsync(Demo.Sven.CaseId);
        var number = TestPersonnummer.NewAdult();
        var family = Sec.UniqueName("Massasson");

        using var created = await anna.SubmitFormAsync("/cases/new", form => form
            .Set("Input.Personnummer", number.WithHyphen)
            .Set("Input.GivenName", "Mats")
            .Set("Input.FamilyName", family)
            .Set("Input.Reason", "Behöver samordnat stöd.")
            .Set(Extras(string.Empty, "Input.", "Case."))
            .Set("Id", Demo.Sven.CaseId.ToString())
            .Set("Input.Id", Demo.Sven.CaseId.ToString()));

        var location = created.RedirectPath();
        Assert.True(created.StatusCode == HttpStatusCode.Redirect && location?.StartsWith("/cases/", StringComparison.Ordinal) == true, $"Not created: {await HtmlPage.ReadAsync(created)}");
        var caseId = Guid.Parse(location!["/cases/".Length..]);
        Assert.NotEqual(Demo.Sven.CaseId, caseId);
        var page = await anna.GetPageAsync(location);
        Assert.Contains("Mats " + family, page.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(number.WithHyphen, page.Document.QuerySelector(".subtitle")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Initiativ – väntar på samtycke", (await anna.StateAsync(caseId)).Phase);
        Assert.Equal(["Vårdcentralen Gottsunda – Initiativtagare"], UnitsOf(page));
        Assert.Contains("Anna Lind, Vårdcentralen Gottsunda", page.MainText, StringComparison.Ordinal);
        using var hidden = await lena.GetUrlAsync(location);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(svenBefore, await anna.StateAsync(Demo.Sven.CaseId));
    }

    [Fact]
    public async Task Extra_fields_on_the_phase_forms_give_no_unit_access_and_skip_no_phase()
    {
        var anna = await factory.PooledClientAsync(Demo.Anna);
        var lena = await factory.PooledClientAsync(Demo.Lena);
        var per = await factory.PooledClientAsync(Demo.Per);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult(), givenName: "Mona", familyName: Sec.UniqueName("Massasson"));

        using var consent = await anna.SubmitFormAsync($"/cases/{caseId}/consent", form => form
            .Set("Input.Kind", "GivenByIndividual").Set("Input.Method", "Oral").Set("Input.GivenBy", "Mona").Set("Input.GivenOn", CaseSteps.Iso(factory.Today))
            .Set(Extras(string.Empty, "Input.", "Case.")));
        await CaseSteps.ExpectSavedAsync(consent, caseId, "Consent");
        Assert.Equal("Förberedelse", (await anna.StateAsync(caseId)).Phase);

        using var preparation = await anna.SubmitFormAsync($"/cases/{caseId}/preparation", form => form
            .Set("Input.Purpose", "Samordna stödet").Set("Input.Goal", "En plan").Set(Extras(string.Empty, "Input.")));
        await CaseSteps.ExpectSavedAsync(preparation, caseId, "Preparation");

        using var invitation = await anna.SubmitFormAsync($"/cases/{caseId}/invitation", form => form
            .Set("Input.Form", "InPerson").Set("Input.Place", "Vårdcentralen").Set("Input.MeetingDate", CaseSteps.Iso(factory.Today))
            .Set("Input.StartTime", "10:00").Set("Input.UnitIds", Demo.Units.Hemtjanst.ToString())
            .Set(Extras(string.Empty, "Input.")));
        await CaseSteps.ExpectSavedAsync(invitation, caseId, "Invitation");
        Assert.Equal("Kallad till möte", (await anna.StateAsync(caseId)).Phase);

        // A meeting participant tagged with Försäkringskassan's unit, which the case does not know,
        // is refused (R-MEET-1) and does not make it a participant of the case.
        using var tagged = await anna.SubmitFormAsync($"/cases/{caseId}/meeting", form => form
            .Set("Input.HeldOn", CaseSteps.Iso(factory.Today)).Set("Input.Chair", "Anna Lind").Set("Input.Secretary", "Anna Lind")
            .Set("Input.Participants[3].Name", "Per Holm").Set("Input.Participants[3].Role", "Handläggare")
            .Set("Input.Participants[3].UnitId", Demo.Units.FkUppsala.ToString()).Set("Input.Participants[3].Present", "true")
            .Set(Extras(string.Empty)));
        AssertPage.HasError(await HtmlPage.ReadAsync(tagged), "Deltagarens enhet deltar inte i SIP:en");
        using var meeting = await anna.SubmitFormAsync($"/cases/{caseId}/meeting", form => form
            .Set("Input.HeldOn", CaseSteps.Iso(factory.Today)).Set("Input.Chair", "Anna Lind").Set("Input.Secretary", "Anna Lind")
            .Set("Input.Participants[3].Name", "Per Holm").Set("Input.Participants[3].Role", "Handläggare").Set("Input.Participants[3].Present", "true")
            .Set(Extras(string.Empty)));
        await CaseSteps.ExpectSavedAsync(meeting, caseId, "Meeting");

        var page = await anna.GetPageAsync($"/cases/{caseId}");
        Assert.Equal(["Vårdcentralen Gottsunda – Initiativtagare", "Hemtjänst Gottsunda – Kallad"], UnitsOf(page));
        Assert.Equal("Plan under arbete", (await anna.StateAsync(caseId)).Phase);
        foreach (var outsider in new[] { lena, per })
        {
            using var hidden = await outsider.GetUrlAsync($"/cases/{caseId}");
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }
    }

    [Fact]
    public async Task A_posted_Id_cannot_send_a_case_form_to_another_case()
    {
        var anna = await factory.PooledClientAsync(Demo.Anna);
        var target = await anna.StartCaseAsync(TestPersonnummer.NewAdult(), givenName: "Rut", familyName: Sec.UniqueName("Ruttsson"));
        var other = await anna.StartCaseAsync(TestPersonnummer.NewAdult(), givenName: "Ola", familyName: Sec.UniqueName("Ruttsson"));
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(target, "Rut", factory.Today), target, "Consent");
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(other, "Ola", factory.Today), other, "Consent");
        var otherBefore = await anna.StateAsync(other);

        using var posted = await anna.SubmitFormAsync($"/cases/{target}/consent/withdraw", form => form
            .Set("Id", other.ToString())
            .Set("Version", otherBefore.Version));

        Assert.Equal(otherBefore, await anna.StateAsync(other));
        Assert.NotEqual($"/cases/{other}", posted.RedirectPath());
    }

    [Theory]
    [InlineData("0b000000-0000-0000-0000-000000000004")] // Biståndshandläggning äldre, Uppsala kommun
    [InlineData("0b000000-0000-0000-0000-000000000008")] // Försäkringskassan
    [InlineData("0b000000-0000-0000-0000-000000000002")] // Psykiatri: same organisation, but not anna.lind's assignment
    [InlineData("0b000000-0000-0000-0000-0000000000ff")] // no such unit
    public async Task A_unit_that_is_not_the_users_assignment_cannot_be_chosen_and_the_acting_unit_stays(string unitId)
    {
        using var anna = await factory.SignedInAsync(Demo.Anna);

        using var response = await anna.SubmitFormAsync("/account/unit", form => form.Set("unitId", unitId));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var header = (await anna.GetPageAsync("/")).Document.QuerySelector("header .session strong")?.TextContent;
        Assert.Equal("Vårdcentralen Gottsunda", header);
        AssertPage.Ok(await anna.GetPageAsync($"/cases/{Demo.Sven.CaseId}"));
    }

    [Fact]
    public async Task Invited_units_from_other_organisations_are_accepted_and_an_unknown_unit_id_is_refused_with_a_message()
    {
        // Inviting the other huvudman and other actors is what a SIP is for (R-CALL-5, R-CALL-9);
        // an id that is not in the directory is refused, saying so, and nothing is sent.
        var anna = await factory.PooledClientAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult(), givenName: "Ivar", familyName: Sec.UniqueName("Inbjudsson"));
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Ivar", factory.Today), caseId, "Consent");
        await CaseSteps.ExpectSavedAsync(await anna.SavePreparationAsync(caseId, "Samordna stödet", "En plan"), caseId, "Preparation");
        var unknown = Guid.NewGuid();

        var refused = await HtmlPage.ReadAsync(await anna.SendInvitationAsync(caseId, factory.Today.AddDays(7), Demo.Units.Bistand, Demo.Units.FkUppsala, unknown));
        AssertPage.HasError(refused, "En vald verksamhet finns inte i katalogen");
        Assert.DoesNotContain(unknown.ToString(), refused.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Förberedelse", await anna.PhaseAsync(caseId));

        using var invited = await anna.SendInvitationAsync(caseId, factory.Today.AddDays(7), Demo.Units.Bistand, Demo.Units.FkUppsala);

        await CaseSteps.ExpectSavedAsync(invited, caseId, "Invitation");
        var page = await anna.GetPageAsync($"/cases/{caseId}");
        Assert.Equal(
            ["Vårdcentralen Gottsunda – Initiativtagare", "Biståndshandläggning äldre – Kallad", "Försäkringskassan, lokalkontor Uppsala – Kallad"],
            UnitsOf(page));
    }

    [Theory]
    [InlineData("0b000000-0000-0000-0000-000000000008", "Input.CoordinatorUnitId", "Välj en verksamhet i regionen eller kommunen.")] // Försäkringskassan is no huvudman
    [InlineData("0b000000-0000-0000-0000-0000000000ff", "Input.CoordinatorUnitId", "Välj en verksamhet i regionen eller kommunen.")] // no such unit
    [InlineData("0b000000-0000-0000-0000-0000000000ff", "Input.Goals[0].Activities[0].ResponsibleUnitId", "Välj en verksamhet i listan.")]
    public async Task A_responsible_unit_outside_the_directory_or_the_huvudman_is_refused_R_PLAN_7(string unitId, string field, string message)
    {
        var anna = await factory.PooledClientAsync(Demo.Anna);
        var caseId = await PlanDraftCaseAsync(anna);
        var before = await anna.StateAsync(caseId);

        using var saved = await anna.SubmitFormAsync($"/cases/{caseId}/plan", form => form
            .SetEndingWith("Jag vill klara mig hemma.", "OwnGoals")
            .SetEndingWith("Svårt att klara dusch.", "Goals[0].Need")
            .SetEndingWith("Hemtjänst morgon och kväll", "Goals[0].Activities[0].What")
            .SetEndingWith("Anna Lind", "CoordinatorName")
            .SetEndingWith(Demo.Units.Vardcentral.ToString(), "CoordinatorUnitId")
            .Set(field, unitId));

        var page = await HtmlPage.ReadAsync(saved);
        AssertPage.Ok(page);
        Assert.Equal(message, page.FieldError(field));
        Assert.Equal(before, await anna.StateAsync(caseId));
    }

    [Fact]
    public async Task The_other_huvudmans_unit_may_be_named_coordinator_R_PLAN_7()
    {
        var anna = await factory.PooledClientAsync(Demo.Anna);
        var caseId = await PlanDraftCaseAsync(anna);

        using var saved = await anna.SubmitFormAsync($"/cases/{caseId}/plan", form => form
            .SetEndingWith("Lena Berg", "CoordinatorName")
            .SetEndingWith(Demo.Units.Bistand.ToString(), "CoordinatorUnitId"));

        await CaseSteps.ExpectSavedAsync(saved, caseId, "Plan draft with the municipality's coordinator");
    }

    private async Task<Guid> PlanDraftCaseAsync(HttpClient anna)
    {
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult(), givenName: "Pia", familyName: Sec.UniqueName("Plansson"));
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Pia", factory.Today), caseId, "Consent");
        await CaseSteps.ExpectSavedAsync(await anna.SavePreparationAsync(caseId, "Samordna stödet", "En plan"), caseId, "Preparation");
        await CaseSteps.ExpectSavedAsync(await anna.SendInvitationAsync(caseId, factory.Today, Demo.Units.Hemtjanst), caseId, "Invitation");
        await CaseSteps.ExpectSavedAsync(await anna.RecordMeetingAsync(caseId, factory.Today, "Anna Lind", "Anna Lind"), caseId, "Meeting");
        return caseId;
    }

    private static List<string> UnitsOf(HtmlPage casePage) =>
        [.. casePage.Document.QuerySelectorAll("section[aria-labelledby='units-heading'] li").Select(li => HtmlPage.Collapse(li.TextContent))];
}
