using Microsoft.EntityFrameworkCore;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Meetings;

/// <summary>The invitation's rows for people outside the system and the meeting's participant rows
/// carry ids in hidden fields, empty while the rows are new; what is stored has an id for every
/// part, and a posted id is kept.</summary>
[Collection(SamplanCollection.Name)]
public sealed class PartIdsFormTests(SamplanFactory factory)
{
    [Fact]
    public async Task Invitee_and_participant_rows_keep_the_ids_the_form_gave_them()
    {
        using var anna = factory.NewClient();
        await anna.SignInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Test Testperson", factory.Today), caseId, "Consent");
        await CaseSteps.ExpectSavedAsync(await anna.SavePreparationAsync(caseId, "Samordna stödet", "En plan"), caseId, "Preparation");

        var invitation = (await anna.GetPageAsync($"/cases/{caseId}/invitation")).Form();
        Assert.Equal(Guid.Empty, Guid.Parse(invitation["Input.Others[0].Id"]!));
        var otherId = Guid.NewGuid();
        using (var sent = await invitation
                   .Set(invitation.FieldEndingWith("Place"), "Vårdcentralen")
                   .Set(invitation.FieldEndingWith("MeetingDate"), CaseSteps.Iso(factory.Today))
                   .Set(invitation.FieldEndingWith("StartTime"), "13:00")
                   .Set(invitation.FieldEndingWith("UnitIds"), Demo.Units.Hemtjanst.ToString())
                   .Set("Input.Others[0].Id", otherId.ToString())
                   .Set("Input.Others[0].Name", "Syster Lisa")
                   .PostAsync(anna))
        {
            await CaseSteps.ExpectSavedAsync(sent, caseId, "Invitation");
        }

        var meeting = (await anna.GetPageAsync($"/cases/{caseId}/meeting")).Form();
        var participantIds = meeting.Values.Where(v => v.Key.StartsWith("Input.Participants[", StringComparison.Ordinal) && v.Key.EndsWith("].Id", StringComparison.Ordinal))
            .Select(v => Guid.Parse(v.Value)).ToList();
        Assert.True(participantIds.Count >= 3, "the individual, the invitees and the user");
        Assert.All(participantIds, id => Assert.Equal(Guid.Empty, id));
        var firstParticipant = Guid.NewGuid();
        using (var recorded = await meeting.Set("Input.Participants[0].Id", firstParticipant.ToString())
                   .Set("Input.HeldOn", CaseSteps.Iso(factory.Today)).Set("Input.Chair", "Anna Lind").Set("Input.Secretary", "Lena Berg").PostAsync(anna))
        {
            await CaseSteps.ExpectSavedAsync(recorded, caseId, "Meeting");
        }

        var stored = await factory.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId));
        var invitees = Assert.Single(stored.Invitations).Invitees;
        Assert.Equal(otherId, invitees.Single(i => i.Name == "Syster Lisa").Id);
        Assert.NotEqual(Guid.Empty, invitees.Single(i => i.UnitId == Demo.Units.Hemtjanst).Id);
        var held = Assert.Single(stored.Meetings);
        Assert.NotEqual(Guid.Empty, held.Id);
        Assert.Equal(firstParticipant, held.Participants[0].Id);
        var ids = held.Participants.Select(p => p.Id).ToList();
        Assert.DoesNotContain(Guid.Empty, ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
