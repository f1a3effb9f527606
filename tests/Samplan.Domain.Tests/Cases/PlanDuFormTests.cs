using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.People;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

/// <summary>Goals are written to the individual, in du-form (R-PLAN-4): checked by whether the goal
/// speaks to them, not by a list of words it must not hold; the individual's own words are theirs.</summary>
public class PlanDuFormTests
{
    private static CaseBuilder DraftFor(string givenName, PlanGoal goal, string? ownGoals = null)
    {
        var person = Individual.Register(Guid.NewGuid(), TestData.Pnr(TestData.TolvanNumber), givenName, "Andersson");
        var plan = TestData.CompletePlan() with { Goals = [TestData.Goal(), goal] };
        return CaseBuilder.Initiated(person).Consented(TestData.AdultConsent() with { GivenBy = person.FullName }).Prepared().Invited().MeetingHeld()
            .DraftSaved(ownGoals is null ? plan : plan with { OwnGoals = ownGoals });
    }

    private static RuleViolation Refused(string givenName, string goal)
    {
        var b = DraftFor(givenName, TestData.Goal(goal: goal));
        var ex = Refusal.Exactly(b.Case, () => b.Case.AgreePlan(TestData.Approval(), b.Individual, TestData.RegionNurse, TestData.AtMeeting), "plan.goal-not-du-form");
        var violation = Assert.Single(ex.Violations);
        Assert.Equal("R-PLAN-4", violation.Rule);
        Assert.Equal("Goals[1].Goal", violation.Field);
        return violation;
    }

    private static void Accepted(string givenName, PlanGoal goal, string? ownGoals = null)
    {
        var b = DraftFor(givenName, goal, ownGoals);

        b.Agreed();

        Assert.Equal(CasePhase.Active, b.Case.Phase);
    }

    [Theory]
    [InlineData("Hon ska kunna gå till affären")]
    [InlineData("Patienten ska kunna handla själv")]
    [InlineData("Alva ska gå till skolan varje dag")]
    [InlineData("Alvas skolgång ska fungera")]
    [InlineData("Eleven ska gå till skolan varje dag")]
    [InlineData("Du och eleven ska ses varje vecka")]
    [InlineData("Personen ska få ett arbete")]
    [InlineData("Barnet ska sova bättre")]
    [InlineData("Ökad skolnärvaro.")]
    [InlineData("Bättre sömn")]
    public void R_PLAN_4_A_goal_that_does_not_speak_to_the_individual_is_refused(string goal) =>
        Refused("Alva", goal);

    [Theory]
    [InlineData("Du ska gå till skolan varje dag")]
    [InlineData("Vi hjälper dig att hitta ett arbete")]
    [InlineData("Ditt boende ska vara tryggt")]
    [InlineData("Ni ska kunna prata med varandra hemma")]
    [InlineData("du ska kunna sova hela nätter")]
    [InlineData("Du ska träffa din dotter när hon kommer hem")]
    public void R_PLAN_4_A_goal_that_speaks_to_the_individual_is_accepted(string goal) =>
        Accepted("Alva", TestData.Goal(goal: goal));

    [Fact]
    public void R_PLAN_4_A_given_name_that_is_also_a_word_is_only_the_name_when_written_as_one() =>
        Accepted("Bo", TestData.Goal(goal: "Du ska kunna bo kvar hemma"));

    [Fact]
    public void R_PLAN_4_The_persons_name_is_found_in_any_part_of_the_given_name() =>
        Refused("Anna Karin", "Karin ska kunna handla själv");

    [Theory]
    [InlineData("Alva ska gå till skolan varje dag", "Du ska gå till skolan varje dag")]
    [InlineData("Hon ska kunna gå till affären", "Du ska kunna gå till affären")]
    [InlineData("Patienten ska kunna handla själv", "Du ska kunna handla själv")]
    [InlineData("Eleven ska ha en egen plats i klassrummet", "Du ska ha en egen plats i klassrummet")]
    public void R_PLAN_4_The_refusal_shows_the_goal_rewritten_in_du_form(string goal, string rewritten) =>
        Assert.Equal(rewritten, Refused("Alva", goal).Suggestion);

    [Fact]
    public void R_PLAN_4_A_goal_without_a_subject_to_replace_gets_no_guessed_rewrite() =>
        Assert.Null(Refused("Alva", "Ökad skolnärvaro.").Suggestion);

    [Theory]
    [InlineData("Ökad skolnärvaro.")]
    [InlineData("Alva ska få vara i fred på rasterna")]
    public void R_PLAN_4_A_goal_kept_as_written_in_the_individuals_own_words_is_not_checked(string goal) =>
        Accepted("Alva", TestData.Goal(goal: goal) with { KeptAsWritten = true });

    [Fact]
    public void R_PLAN_1_The_individuals_own_goals_are_never_held_to_du_form() =>
        Accepted("Alva", TestData.Goal(), ownGoals: "Alva vill gå i skolan och ha kompisar. Ökad skolnärvaro.");

    [Fact]
    public void R_PLAN_4_The_plan_is_agreed_by_the_cases_own_individual()
    {
        var b = DraftFor("Alva", TestData.Goal());

        Assert.Throws<ArgumentException>(() => b.Case.AgreePlan(TestData.Approval(), TestData.Adult(), TestData.RegionNurse, TestData.AtMeeting));
        Assert.Equal(CasePhase.PlanDraft, b.Case.Phase);
    }
}
