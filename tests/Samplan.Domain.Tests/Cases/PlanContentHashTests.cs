using Samplan.Domain.Cases;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Cases;

/// <summary>The approval is bound to what was approved (R-PLAN-10, R-PLAN-11).</summary>
public class PlanContentHashTests
{
    [Fact]
    public void Agreeing_stores_the_hash_of_the_case_number_and_content_that_were_approved()
    {
        var c = CaseBuilder.Active().Case;
        var agreed = c.AgreedPlan!;

        Assert.Equal(PlanContentHash.Of(c.Id, agreed.Number, agreed.Content), agreed.ContentHash);
        Assert.Matches("^[0-9a-f]{64}$", agreed.ContentHash);
    }

    [Fact]
    public void Any_change_to_the_content_the_number_or_the_case_changes_the_hash()
    {
        var c = CaseBuilder.Active().Case;
        var content = c.AgreedPlan!.Content;
        var hash = PlanContentHash.Of(c.Id, 1, content);

        Assert.Equal(hash, PlanContentHash.Of(c.Id, 1, content with { }));
        Assert.NotEqual(hash, PlanContentHash.Of(c.Id, 1, content with { IfWorse = content.IfWorse + "." }));
        Assert.NotEqual(hash, PlanContentHash.Of(c.Id, 2, content));
        Assert.NotEqual(hash, PlanContentHash.Of(Guid.NewGuid(), 1, content));
        var goal = content.Goals[0];
        Assert.NotEqual(hash, PlanContentHash.Of(c.Id, 1, content with { Goals = [goal with { Activities = [goal.Activities[0] with { TimePlan = "Vecka 3" }] }] }));
    }

    [Fact]
    public void The_hash_is_of_the_stored_text_so_it_can_be_checked_against_it()
    {
        var c = CaseBuilder.Active().Case;
        var text = PlanContentHash.CanonicalText(c.Id, 1, c.AgreedPlan!.Content);

        Assert.Equal(c.AgreedPlan.ContentHash, PlanContentHash.Of(text));
        Assert.Contains("\"number\":1", text, StringComparison.Ordinal);
        Assert.Equal("0123 4567 89ab cdef", PlanContentHash.Short("0123456789abcdef0123"));
    }
}
