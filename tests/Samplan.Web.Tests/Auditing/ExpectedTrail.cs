using Microsoft.Extensions.Time.Testing;
using Samplan.Data.Auditing;
using Samplan.Web.Auditing;

namespace Samplan.Web.Tests.Auditing;

/// <summary>Who acts: the user and the unit and organisation they act for.</summary>
internal sealed record AuditActor(string UserId, string Name, Guid UnitId, Guid OrganisationId);

/// <summary>One event the log must hold, and the instants between which it must be stamped.</summary>
internal sealed record ExpectedEvent(string Step, AuditActor Who, AuditAction Code, string Outcome, Guid? CaseId, Guid? IndividualId, DateTimeOffset From, DateTimeOffset To);

/// <summary>What the log must hold, step by step; each step runs at its own instant of the fake clock.</summary>
internal sealed class ExpectedTrail(FakeTimeProvider clock)
{
    private string _step = string.Empty;
    private DateTimeOffset _from;
    private DateTimeOffset _to;

    public List<ExpectedEvent> Items { get; } = [];

    public async Task StepAsync(string step, Func<Task> action)
    {
        clock.Advance(TimeSpan.FromSeconds(7));
        _step = step;
        _from = clock.GetUtcNow();
        await action();
        _to = clock.GetUtcNow();
    }

    public void Expect(AuditActor who, AuditAction code, string outcome, Guid? caseId = null, Guid? individualId = null) =>
        Items.Add(new ExpectedEvent(_step, who, code, outcome, caseId, individualId, _from, _to));

    public void AssertMatches(IReadOnlyList<AuditEvent> logged)
    {
        var problems = new List<string>();
        if (logged.Count != Items.Count)
        {
            problems.Add($"expected {Items.Count} events, the log holds {logged.Count}");
        }

        foreach (var (expected, actual) in Items.Zip(logged))
        {
            void Check(string field, object? want, object? got)
            {
                if (!Equals(want, got))
                {
                    problems.Add($"step '{expected.Step}' (#{actual.Seal?.Sequence}): {field} expected {want ?? "null"}, was {got ?? "null"}");
                }
            }

            Check("code", (int)expected.Code, actual.Code);
            Check("outcome", expected.Outcome, actual.Outcome);
            Check("user id", expected.Who.UserId, actual.UserId);
            Check("user name", expected.Who.Name, actual.UserName);
            Check("unit", expected.Who.UnitId, actual.UnitId);
            Check("organisation", expected.Who.OrganisationId, actual.OrganisationId);
            Check("case", expected.CaseId, actual.CaseId);
            Check("individual", expected.IndividualId, actual.IndividualId);
            if (actual.At < expected.From || actual.At > expected.To)
            {
                problems.Add($"step '{expected.Step}' (#{actual.Seal?.Sequence}): time {actual.At:O} outside {expected.From:O}–{expected.To:O}");
            }
        }

        Assert.True(problems.Count == 0,
            string.Join(Environment.NewLine, problems) + Environment.NewLine + "Expected:" + Environment.NewLine +
            string.Join(Environment.NewLine, Items.Select(i => $"  {(int)i.Code} {i.Outcome} {i.Who.Name} ({i.Step})")) +
            Environment.NewLine + "Logged:" + Environment.NewLine + AuditTrail.Describe(logged));
    }
}
