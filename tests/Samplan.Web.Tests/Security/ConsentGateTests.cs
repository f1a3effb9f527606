using System.Net;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Security;

/// <summary>
/// Consent decides who sees a case (R-CONSENT-1, R-CONSENT-5, R-CONSENT-8): before consent only
/// the initiating unit, after consent and invitation the invited units too, and a withdrawn or
/// expired consent hides the case from every unit but the responsible one at once. Its own app
/// (shared with <see cref="SessionTests"/>), because the expiry test moves the clock.
/// </summary>
[Collection(SecurityClockCollection.Name)]
public sealed class ConsentGateTests(SamplanFactory factory)
{
    [Fact]
    public async Task Before_consent_only_the_initiating_unit_sees_the_case_R_CONSENT_1()
    {
        var number = TestPersonnummer.NewAdult();
        using var anna = await factory.SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(number, givenName: "Inga", familyName: Sec.UniqueName("Initiativsson"));
        using var evaAtVardcentral = factory.NewClient();
        await evaAtVardcentral.SignInForUnitAsync(Demo.Eva, "Vårdcentralen Gottsunda");
        using var evaAtPsykiatri = factory.NewClient();
        await evaAtPsykiatri.SignInForUnitAsync(Demo.Eva, "Psykiatrisk öppenvård");
        using var lena = await factory.SignedInAsync(Demo.Lena);
        using var per = await factory.SignedInAsync(Demo.Per);

        // A colleague acting for the initiating unit sees it; the same person acting for another unit does not.
        AssertPage.Ok(await evaAtVardcentral.GetPageAsync($"/cases/{caseId}"));
        foreach (var other in new[] { evaAtPsykiatri, lena, per })
        {
            using var hidden = await other.GetUrlAsync($"/cases/{caseId}");
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
            Assert.Empty(Sec.CaseLinks(await other.ListAsync("show=All&q=" + number.Twelve)));
        }

        Assert.Contains($"/cases/{caseId}", Sec.CaseLinks(await anna.ListAsync("show=All&q=" + number.Twelve)));
    }

    [Fact]
    public async Task Invited_unit_sees_the_case_after_consent_and_invitation_and_loses_it_in_its_open_session_at_withdrawal_R_CONSENT_5()
    {
        var number = TestPersonnummer.NewAdult();
        using var anna = await factory.SignedInAsync(Demo.Anna);
        using var lena = await factory.SignedInAsync(Demo.Lena);
        var caseId = await anna.StartCaseAsync(number, givenName: "Ove", familyName: Sec.UniqueName("Samtyckesson"));
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Ove", factory.Today), caseId, "Consent");
        await CaseSteps.ExpectSavedAsync(await anna.SavePreparationAsync(caseId, "Samordna stödet", "En plan"), caseId, "Preparation");
        using (var beforeInvitation = await lena.GetUrlAsync($"/cases/{caseId}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, beforeInvitation.StatusCode);
        }

        await CaseSteps.ExpectSavedAsync(await anna.SendInvitationAsync(caseId, factory.Today.AddDays(7), Demo.Units.Bistand), caseId, "Invitation");
        AssertPage.Ok(await lena.GetPageAsync($"/cases/{caseId}"));
        Assert.Contains($"/cases/{caseId}", Sec.CaseLinks(await lena.ListAsync()));

        // lena.berg's session stays open while anna.lind records the withdrawal.
        await CaseSteps.ExpectSavedAsync(await anna.SubmitFormAsync($"/cases/{caseId}/consent/withdraw", form => form.Set("Note", "Vill inte längre.")), caseId, "Withdrawal");

        foreach (var url in new[] { $"/cases/{caseId}", $"/cases/{caseId}/plan/print", $"/cases/{caseId}/meeting" })
        {
            using var hidden = await lena.GetUrlAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        Assert.DoesNotContain($"/cases/{caseId}", Sec.CaseLinks(await lena.ListAsync()));
        Assert.Equal("Avslutad", (await anna.StateAsync(caseId)).Phase);
    }

    [Fact]
    public async Task Expired_consent_hides_the_case_from_the_invited_unit_and_stops_the_responsible_units_next_step_R_CONSENT_8()
    {
        var number = TestPersonnummer.NewAdult();
        var caseId = await StartInvitedCaseWithConsentUntilAsync(number, factory.Today.AddDays(1));
        using (var lena = await factory.SignedInAsync(Demo.Lena))
        {
            AssertPage.Ok(await lena.GetPageAsync($"/cases/{caseId}"));
        }

        factory.Clock.Advance(TimeSpan.FromDays(3));

        // New sessions: three days idle end the old ones.
        using var lenaLater = await factory.SignedInAsync(Demo.Lena);
        using var annaLater = await factory.SignedInAsync(Demo.Anna);
        foreach (var url in new[] { $"/cases/{caseId}", $"/cases/{caseId}/plan/print", $"/cases/{caseId}/meeting" })
        {
            using var hidden = await lenaLater.GetUrlAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        Assert.DoesNotContain($"/cases/{caseId}", Sec.CaseLinks(await lenaLater.ListAsync()));

        var before = await annaLater.StateAsync(caseId);
        using var meeting = await annaLater.RecordMeetingAsync(caseId, factory.Today, "Anna Lind", "Lena Berg");
        var page = await HtmlPage.ReadAsync(meeting);
        AssertPage.Ok(page);
        AssertPage.HasError(page, "Samtycket har gått ut");
        Assert.Equal(before, await annaLater.StateAsync(caseId));
    }

    private async Task<Guid> StartInvitedCaseWithConsentUntilAsync(TestPersonnummer number, DateOnly validUntil)
    {
        using var anna = await factory.SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(number, givenName: "Tora", familyName: Sec.UniqueName("Tidsbegränsad"));
        using var consent = await anna.SubmitFormAsync($"/cases/{caseId}/consent", form => form
            .Set("Input.Kind", "GivenByIndividual")
            .Set("Input.Method", "Written")
            .Set("Input.GivenBy", "Tora")
            .Set("Input.GivenOn", CaseSteps.Iso(factory.Today))
            .Set("Input.ValidUntil", CaseSteps.Iso(validUntil)));
        await CaseSteps.ExpectSavedAsync(consent, caseId, "Time-limited consent");
        await CaseSteps.ExpectSavedAsync(await anna.SavePreparationAsync(caseId, "Samordna stödet", "En plan"), caseId, "Preparation");
        await CaseSteps.ExpectSavedAsync(await anna.SendInvitationAsync(caseId, factory.Today, Demo.Units.Bistand), caseId, "Invitation");
        return caseId;
    }
}
