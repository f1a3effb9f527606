using Samplan.Domain.Cases;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

/// <summary>"Today" in the rules is the calendar date of the moment as given, in its own offset.</summary>
public class ClockTests
{
    [Fact]
    public void R_MEET_1_Just_after_midnight_Swedish_time_the_meeting_of_that_day_is_not_in_the_future()
    {
        var c = CaseBuilder.InPhase(CasePhase.Invited).Case;
        var justAfterMidnight = new DateTimeOffset(2026, 11, 30, 0, 30, 0, TimeSpan.FromHours(1));

        c.RecordMeeting(TestData.Meeting(new DateOnly(2026, 11, 30)), TestData.RegionNurse, justAfterMidnight);

        Assert.Equal(CasePhase.PlanDraft, c.Phase);
    }

    [Fact]
    public void R_MEET_1_The_same_moment_given_in_UTC_is_still_the_previous_day()
    {
        var c = CaseBuilder.InPhase(CasePhase.Invited).Case;
        var sameMomentUtc = new DateTimeOffset(2026, 11, 29, 23, 30, 0, TimeSpan.Zero);

        Refusal.Exactly(c, () => c.RecordMeeting(TestData.Meeting(new DateOnly(2026, 11, 30)), TestData.RegionNurse, sameMomentUtc), "meeting.held-in-future");
    }
}
