using Samplan.Domain.Cases;
using Samplan.Domain.Common;

namespace Samplan.Domain.Tests.Support;

/// <summary>Asserts that a step is refused with a rule violation and that the case did not change.</summary>
internal static class Refusal
{
    public static DomainRuleException Of(SipCase sipCase, Action act, params string[] codes)
    {
        var before = Snapshot.Of(sipCase);
        var ex = Assert.Throws<DomainRuleException>(act);
        foreach (var code in codes)
        {
            Assert.True(ex.Has(code), $"Expected violation '{code}' but got: {ex.Message}");
        }

        Assert.Equal(before, Snapshot.Of(sipCase));
        return ex;
    }

    /// <summary>Asserts exactly these codes (each may occur more than once, e.g. once per goal), no others.</summary>
    public static DomainRuleException Exactly(SipCase sipCase, Action act, params string[] codes)
    {
        var ex = Of(sipCase, act, codes);
        Assert.Equal(codes.Distinct().Order(StringComparer.Ordinal), ex.Violations.Select(v => v.Code).Distinct().Order(StringComparer.Ordinal));
        return ex;
    }

    public static RuleViolation Violation(DomainRuleException ex, string code) =>
        Assert.Single(ex.Violations, v => v.Code == code);

    /// <summary>What a refused step must leave as it was.</summary>
    private sealed record Snapshot(
        CasePhase Phase,
        int HistoryCount,
        int PlanCount,
        string PlanStatuses,
        PlanContent? DraftContent,
        int InvitationCount,
        int MeetingCount,
        int FollowUpCount,
        int UnitCount,
        Consent? Consent,
        Preparation? Preparation,
        Coordinator? Coordinator,
        Closure? Closure,
        DateOnly? NextDueOn,
        DateOnly? FollowUpDueOn)
    {
        public static Snapshot Of(SipCase c) => new(
            c.Phase,
            c.History.Count,
            c.Plans.Count,
            string.Join(",", c.Plans.Select(p => p.Status)),
            c.DraftPlan?.Content,
            c.Invitations.Count,
            c.Meetings.Count,
            c.FollowUps.Count,
            c.Units.Count,
            c.Consent,
            c.Preparation,
            c.Coordinator,
            c.Closure,
            c.NextDueOn,
            c.FollowUpDueOn);
    }
}
