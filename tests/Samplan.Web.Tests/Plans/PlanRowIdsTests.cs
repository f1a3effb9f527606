using System.Net;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Plans;

/// <summary>The plan editor names goals, sub-goals and activities by the ids in its hidden fields,
/// not by their place: two people editing the same draft, one removing a row, cannot shift the
/// other's edit onto another row, and saving keeps every row's id.</summary>
[Collection(SamplanCollection.Name)]
public sealed class PlanRowIdsTests(SamplanFactory factory)
{
    private static readonly string[] Needs = ["Behov ett", "Behov två", "Behov tre"];

    private async Task<(HttpClient Anna, Guid CaseId)> DraftWithThreeGoalsAsync()
    {
        var anna = factory.NewClient();
        await anna.SignInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult());
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Test Testperson", factory.Today), caseId, "Consent");
        await anna.WalkFromConsentToPlanDraftAsync(caseId, factory.Today);
        using var saved = await anna.SubmitFormAsync(Editor(caseId), form =>
        {
            form.Set("Input.OwnGoals", "Jag vill klara mig själv.");
            for (var i = 0; i < Needs.Length; i++)
            {
                form.Set($"Input.Goals[{i}].Domain", "Social")
                    .Set($"Input.Goals[{i}].Need", Needs[i])
                    .Set($"Input.Goals[{i}].Goal", $"Du ska klara mål {i + 1}.")
                    .Set($"Input.Goals[{i}].SubGoals[0].Text", $"Du tar steg {i + 1}.")
                    .Set($"Input.Goals[{i}].Activities[0].What", $"Aktivitet {i + 1}")
                    .Set($"Input.Goals[{i}].Activities[0].Responsible", "Individual")
                    .Set($"Input.Goals[{i}].Activities[0].ResponsibleName", "Den enskilde")
                    .Set($"Input.Goals[{i}].Activities[0].TimePlan", "Varje vecka");
            }
        });
        await CaseSteps.ExpectSavedAsync(saved, caseId, "Plan with three goals");
        return (anna, caseId);
    }

    private static string Editor(Guid caseId) => $"/cases/{caseId}/plan";

    /// <summary>The editor's own row buttons: an ordinary post of the whole form to a handler.</summary>
    private static async Task<HtmlPage> PressAsync(HttpClient client, Guid caseId, HtmlForm form, string handler)
    {
        using var content = new FormUrlEncodedContent(form.Values);
        using var response = await client.PostAsync($"{Editor(caseId)}?handler={handler}", content);
        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page;
    }

    private static Guid Id(HtmlForm form, string field) => Guid.Parse(form[field] ?? throw new InvalidOperationException($"No field {field}."));

    [Fact]
    public async Task Removing_row_two_while_someone_edits_row_three_never_moves_their_text_onto_another_row()
    {
        var (anna, caseId) = await DraftWithThreeGoalsAsync();
        using var _ = anna;
        using var other = factory.NewClient();
        await other.SignInAsync(Demo.Anna);

        // Both open the editor on the same draft.
        var annaForm = (await anna.GetPageAsync(Editor(caseId))).Form();
        var otherForm = (await other.GetPageAsync(Editor(caseId))).Form();
        var goalIds = Enumerable.Range(0, 3).Select(i => Id(annaForm, $"Input.Goals[{i}].Id")).ToList();
        Assert.DoesNotContain(Guid.Empty, goalIds);
        Assert.Equal(3, goalIds.Distinct().Count());
        Assert.Equal(goalIds, Enumerable.Range(0, 3).Select(i => Id(otherForm, $"Input.Goals[{i}].Id")));

        // Anna removes need 2 and saves.
        var removed = await PressAsync(anna, caseId, annaForm, "RemoveGoal&goal=1");
        Assert.Equal([goalIds[0], goalIds[2]], Enumerable.Range(0, 2).Select(i => Id(removed.Form(), $"Input.Goals[{i}].Id")));
        using (var saved = await removed.Form().PostAsync(anna))
        {
            await CaseSteps.ExpectSavedAsync(saved, caseId, "Plan without need 2");
        }

        // The other edited need 3 (row 3 of their form) and saves: the conflict keeps their text.
        const string typed = "Behov tre, ändrat av den andra";
        using var stale = await otherForm.Set("Input.Goals[2].Need", typed).PostAsync(other);
        var conflict = await HtmlPage.ReadAsync(stale);
        Assert.Equal(HttpStatusCode.OK, conflict.Status);
        AssertPage.HasError(conflict, "Någon annan har ändrat SIP:en");
        Assert.Equal(typed, conflict.FieldValue("Input.Goals[2].Need"));
        Assert.Equal(goalIds[2].ToString(), conflict.FieldValue("Input.Goals[2].Id"));

        var stored = (await anna.GetPageAsync(Editor(caseId))).Form();
        Assert.Equal([goalIds[0], goalIds[2]], Enumerable.Range(0, 2).Select(i => Id(stored, $"Input.Goals[{i}].Id")));
        Assert.Equal(["Behov ett", "Behov tre"], Enumerable.Range(0, 2).Select(i => stored[$"Input.Goals[{i}].Need"]));

        // Saving the kept form again on purpose (now at the latest version) still cannot put
        // need 2 back under its old id or shift anything: the removed row is named and refused.
        using var again = await conflict.Form().PostAsync(other);
        var refused = await HtmlPage.ReadAsync(again);
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Någon annan har tagit bort den här raden", refused.FieldError("Input.Goals[1]") ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(typed, refused.FieldValue("Input.Goals[2].Need"));
        var unchanged = (await anna.GetPageAsync(Editor(caseId))).Form();
        Assert.Equal(["Behov ett", "Behov tre"], Enumerable.Range(0, 2).Select(i => unchanged[$"Input.Goals[{i}].Need"]));
        Assert.False(unchanged.HasField("Input.Goals[2].Id"));

        // Removing the row there too, the edit lands on need 3, by its id.
        var cleaned = await PressAsync(other, caseId, refused.Form(), "RemoveGoal&goal=1");
        using (var saved = await cleaned.Form().PostAsync(other))
        {
            await CaseSteps.ExpectSavedAsync(saved, caseId, "The other's edit of need 3");
        }

        var after = (await anna.GetPageAsync(Editor(caseId))).Form();
        Assert.Equal([goalIds[0], goalIds[2]], Enumerable.Range(0, 2).Select(i => Id(after, $"Input.Goals[{i}].Id")));
        Assert.Equal(["Behov ett", typed], Enumerable.Range(0, 2).Select(i => after[$"Input.Goals[{i}].Need"]));
        Assert.False(after.HasField("Input.Goals[2].Id"));
    }

    [Fact]
    public async Task The_hidden_ids_round_trip_a_save_and_a_new_sub_goal_gets_its_own()
    {
        var (anna, caseId) = await DraftWithThreeGoalsAsync();
        using var _ = anna;

        var form = (await anna.GetPageAsync(Editor(caseId))).Form();
        var goal = Id(form, "Input.Goals[0].Id");
        var subGoal = Id(form, "Input.Goals[0].SubGoals[0].Id");
        var activity = Id(form, "Input.Goals[0].Activities[0].Id");
        Assert.DoesNotContain(Guid.Empty, new[] { goal, subGoal, activity });

        // The editor offers one empty sub-goal line after the saved ones, without an id yet.
        Assert.Equal(Guid.Empty, Id(form, "Input.Goals[0].SubGoals[1].Id"));
        Assert.Equal(string.Empty, form["Input.Goals[0].SubGoals[1].Text"]);

        using (var saved = await form
                   .Set("Input.Goals[0].SubGoals[0].Text", "Du tar steg ett, omskrivet.")
                   .Set("Input.Goals[0].SubGoals[1].Text", "Du tar ett nytt steg.")
                   .Set("Input.Goals[0].Activities[0].What", "Aktivitet ett, ändrad")
                   .PostAsync(anna))
        {
            await CaseSteps.ExpectSavedAsync(saved, caseId, "Edited plan");
        }

        var after = (await anna.GetPageAsync(Editor(caseId))).Form();
        Assert.Equal(goal, Id(after, "Input.Goals[0].Id"));
        Assert.Equal(subGoal, Id(after, "Input.Goals[0].SubGoals[0].Id"));
        Assert.Equal("Du tar steg ett, omskrivet.", after["Input.Goals[0].SubGoals[0].Text"]);
        Assert.Equal(activity, Id(after, "Input.Goals[0].Activities[0].Id"));
        Assert.Equal("Aktivitet ett, ändrad", after["Input.Goals[0].Activities[0].What"]);
        var added = Id(after, "Input.Goals[0].SubGoals[1].Id");
        Assert.Equal("Du tar ett nytt steg.", after["Input.Goals[0].SubGoals[1].Text"]);
        Assert.NotEqual(Guid.Empty, added);
        Assert.NotEqual(subGoal, added);

        // Emptying a sub-goal line removes that sub-goal, and only it.
        using (var saved = await after.Set("Input.Goals[0].SubGoals[0].Text", string.Empty).PostAsync(anna))
        {
            await CaseSteps.ExpectSavedAsync(saved, caseId, "Plan with a sub-goal emptied");
        }

        var last = (await anna.GetPageAsync(Editor(caseId))).Form();
        Assert.Equal(added, Id(last, "Input.Goals[0].SubGoals[0].Id"));
        Assert.Equal("Du tar ett nytt steg.", last["Input.Goals[0].SubGoals[0].Text"]);
    }

    [Fact]
    public async Task A_posted_row_id_the_draft_never_had_is_refused_and_nothing_is_saved()
    {
        var (anna, caseId) = await DraftWithThreeGoalsAsync();
        using var _ = anna;

        var form = (await anna.GetPageAsync(Editor(caseId))).Form();
        using var response = await form
            .Set("Input.Goals[0].Activities[0].Id", Guid.NewGuid().ToString())
            .Set("Input.Goals[0].Activities[0].What", "Ska inte sparas")
            .PostAsync(anna);

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.FieldError("Input.Goals[0].Activities[0]"));
        Assert.Equal("Aktivitet 1", (await anna.GetPageAsync(Editor(caseId))).Form()["Input.Goals[0].Activities[0].What"]);
    }
}
