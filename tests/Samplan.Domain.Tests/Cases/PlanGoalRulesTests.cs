using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

/// <summary>What each need, goal and activity of a plan must hold (R-PLAN-3..5).</summary>
public class PlanGoalRulesTests
{
    private static PlanContent WithSecondGoal(PlanGoal goal) =>
        TestData.CompletePlan() with { Goals = [TestData.Goal(), goal] };

    private static RuleViolation Single(PlanGoal secondGoal, string code) =>
        Assert.Single(PlanRulesTests.Refused(WithSecondGoal(secondGoal), null, code).Violations);

    private static void Accepted(PlanGoal secondGoal)
    {
        var c = CaseBuilder.InPhase(CasePhase.Invited).MeetingHeld().DraftSaved(WithSecondGoal(secondGoal)).Agreed().Case;

        Assert.Equal(CasePhase.Active, c.Phase);
    }

    [Fact]
    public void R_PLAN_3_Goal_without_need_is_refused_and_named_by_position() =>
        Assert.Equal("Goals[1].Need", Single(TestData.Goal(need: " "), "plan.need-missing").Field);

    [Fact]
    public void R_PLAN_4_Need_without_goal_is_refused_but_not_as_du_form() =>
        Assert.Equal("Goals[1].Goal", Single(TestData.Goal(goal: ""), "plan.goal-missing").Field);

    [Fact]
    public void R_PLAN_4_Goal_written_about_the_patient_is_refused() =>
        Assert.Equal("R-PLAN-4", Single(TestData.Goal(goal: "Patienten ska kunna handla själv"), "plan.goal-not-du-form").Rule);

    [Theory]
    [InlineData("Brukaren ska få hjälp med städning")]
    [InlineData("Klienten ska ha en daglig sysselsättning")]
    [InlineData("Den enskilde ska kunna bo kvar hemma")]
    [InlineData("Individen ska må bättre")]
    [InlineData("Hon ska kunna gå till affären")]
    [InlineData("Han ska sova bättre")]
    [InlineData("Hen ska få ett arbete")]
    [InlineData("PATIENTEN SKA KUNNA RESA")]
    [InlineData("The patient will manage the stairs")]
    public void R_PLAN_4_Goals_in_the_third_person_are_refused(string goal) =>
        Single(TestData.Goal(goal: goal), "plan.goal-not-du-form");

    [Theory]
    [InlineData("Du ska kunna handla själv")]
    [InlineData("Du ska kunna sova hela nätter")]
    [InlineData("Du handlar själv en gång i veckan")]
    [InlineData("Du ska träffa din dotter när hon kommer hem")]
    public void R_PLAN_4_Goals_in_du_form_are_accepted(string goal) =>
        Accepted(TestData.Goal(goal: goal));

    [Fact]
    public void R_PLAN_4_Goal_in_the_third_person_genitive_is_refused() =>
        Single(TestData.Goal(goal: "Patientens oro ska minska"), "plan.goal-not-du-form");

    [Theory]
    [InlineData("Hans oro ska minska")]
    [InlineData("Hennes sömn ska bli bättre")]
    [InlineData("Brukarens ekonomi ska vara ordnad")]
    public void R_PLAN_4_Goals_about_the_individual_in_possessive_form_are_refused(string goal) =>
        Single(TestData.Goal(goal: goal), "plan.goal-not-du-form");

    [Fact]
    public void R_PLAN_5_Goal_without_activity_is_refused() =>
        Assert.Equal("Goals[1].Activities", Single(TestData.Goal(activities: []), "plan.goal-without-activity").Field);

    [Fact]
    public void R_PLAN_5_Activity_without_what_is_refused() =>
        Assert.Equal("Goals[1].Activities[0].What", Single(TestData.Goal(activities: [TestData.Activity(what: " ")]), "plan.activity-what-missing").Field);

    [Fact]
    public void R_PLAN_5_Activity_without_time_plan_is_refused() =>
        Assert.Equal("Goals[1].Activities[0].TimePlan", Single(TestData.Goal(activities: [TestData.Activity(timePlan: "")]), "plan.activity-time-missing").Field);

    [Fact]
    public void R_PLAN_5_Activity_without_anyone_responsible_is_refused() =>
        Assert.Equal("Goals[1].Activities[0].ResponsibleName", Single(TestData.Goal(activities: [TestData.Activity(responsible: ResponsibleKind.OtherActor, responsibleName: " ")]), "plan.activity-responsible-missing").Field);

    [Theory]
    [InlineData(ResponsibleKind.RegionUnit)]
    [InlineData(ResponsibleKind.KommunUnit)]
    public void R_PLAN_5_Activity_of_a_region_or_kommun_unit_needs_the_unit(ResponsibleKind kind)
    {
        var activity = new PlanActivity(Guid.Empty, "Hemtjänst", kind, null, "Hemtjänsten", "Från januari");

        Assert.Equal("Goals[1].Activities[0].ResponsibleUnitId", Single(TestData.Goal(activities: [activity]), "plan.activity-unit-missing").Field);
    }

    [Theory]
    [InlineData(ResponsibleKind.Individual, "Tolvan")]
    [InlineData(ResponsibleKind.Relative, "Syster Lisa")]
    [InlineData(ResponsibleKind.OtherActor, "Försäkringskassan")]
    public void R_PLAN_5_The_individual_a_relative_or_another_actor_can_be_responsible_by_name(ResponsibleKind kind, string name) =>
        Accepted(TestData.Goal(activities: [new PlanActivity(Guid.Empty, "Promenera", kind, null, name, "Varje dag")]));

    [Fact]
    public void R_PLAN_5_A_unit_alone_is_enough_to_name_who_is_responsible() =>
        Accepted(TestData.Goal(activities: [new PlanActivity(Guid.Empty, "Samtal", ResponsibleKind.RegionUnit, TestData.RegionUnitId, "", "Varje vecka")]));

    [Fact]
    public void R_PLAN_3_to_5_Problems_in_several_goals_and_activities_are_all_reported()
    {
        var content = TestData.CompletePlan() with
        {
            Goals =
            [
                TestData.Goal(goal: "Patienten ska sova"),
                TestData.Goal(need: "", activities: [TestData.Activity(what: "", timePlan: "")]),
            ],
        };

        var ex = PlanRulesTests.Refused(content, null, "plan.goal-not-du-form", "plan.need-missing", "plan.activity-what-missing", "plan.activity-time-missing");

        Assert.Equal(["Goals[0].Goal", "Goals[1].Need", "Goals[1].Activities[0].What", "Goals[1].Activities[0].TimePlan"], ex.Violations.Select(v => v.Field));
    }
}
