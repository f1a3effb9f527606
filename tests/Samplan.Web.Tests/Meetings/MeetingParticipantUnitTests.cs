using System.Net;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Meetings;

/// <summary>A meeting participant's unit is one the case knows (R-MEET-1): a posted unit id that
/// neither takes part nor was invited is refused next to the row, and the meeting is not saved.</summary>
[Collection(SamplanCollection.Name)]
public sealed class MeetingParticipantUnitTests(SamplanFactory factory)
{
    [Fact]
    public async Task A_participant_posted_for_a_unit_the_case_does_not_know_is_refused_R_MEET_1()
    {
        using var anna = factory.NewClient();
        await anna.SignInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Test Testperson", factory.Today), caseId, "Consent");
        await CaseSteps.ExpectSavedAsync(await anna.SavePreparationAsync(caseId, "Samordna stödet", "En plan som håller"), caseId, "Preparation");
        await CaseSteps.ExpectSavedAsync(await anna.SendInvitationAsync(caseId, factory.Today, Demo.Units.Hemtjanst), caseId, "Invitation");

        using var response = await anna.SubmitFormAsync($"/cases/{caseId}/meeting", form => form
            .Set("Input.HeldOn", CaseSteps.Iso(factory.Today))
            .Set("Input.Chair", "Anna Lind")
            .Set("Input.Secretary", "Anna Lind")
            .Set("Input.Participants[1].UnitId", Demo.Units.FkUppsala.ToString()));

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(page.ErrorSummary, e => e.Contains("deltar inte i SIP:en", StringComparison.Ordinal));
        Assert.Equal("Kallad till möte", await anna.PhaseAsync(caseId));
    }
}
