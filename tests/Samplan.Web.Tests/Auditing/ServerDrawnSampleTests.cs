using Microsoft.EntityFrameworkCore;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Auditing;

/// <summary>A random-sample review can only be saved for the events the server drew: the events
/// travel sealed, so posting other sequences, or none, cannot make a chosen set look random.</summary>
[Collection(AuditAppCollection.Name)]
public sealed class ServerDrawnSampleTests(AuditedAppFactory factory)
{
    [Fact]
    public async Task Posted_sequences_are_ignored_and_the_review_lists_the_drawn_events()
    {
        for (var i = 0; i < 3; i++)
        {
            await factory.OpenSvensCaseAsync(Demo.Anna);
        }

        await factory.SealAsync();
        using var ulla = await factory.SignedInAsync(AuditTrail.Ulla);
        var drawn = await HtmlPage.ReadAsync(await ulla.ClickAsync(await ulla.GetPageAsync("/audit/review/sample"), "Draw", f => f.Set("Input.Size", "2")));
        AssertPage.Ok(drawn);
        var drawnSequences = drawn.Sequences();
        Assert.True(drawnSequences.Count >= 2, "The sample should hold several events.");

        // The auditor keeps only the first drawn event and adds one the server did not draw.
        var notDrawn = await factory.WithDbAsync(db => db.AuditEvents
            .Where(e => e.Seal != null && e.OrganisationId == AuditTrail.RegionUppsala && !drawnSequences.Contains(e.Seal!.Sequence))
            .Select(e => e.Seal!.Sequence).FirstAsync());
        var id = await AuditorSteps.ReviewIdAsync(await ulla.ClickAsync(drawn, "Save", f => f
            .Remove("Record.Sequences")
            .Add("Record.Sequences", drawnSequences[0].ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Add("Record.Sequences", notDrawn.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Set("Record.Scope", "Stickprov: handplockat")
            .Set("Record.Outcome", "NoRemarks")));

        var review = await factory.WithDbAsync(db => db.AuditReviews.SingleAsync(r => r.Id == id));
        Assert.Equal(drawnSequences.OrderBy(s => s), review.EventSequences.Split(',').Select(long.Parse).OrderBy(s => s));
        Assert.DoesNotContain("handplockat", review.Scope, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_review_without_the_servers_draw_is_refused_and_nothing_is_saved()
    {
        using var ulla = await factory.SignedInAsync(AuditTrail.Ulla);
        var ullaId = await factory.UserIdAsync(AuditTrail.Ulla);
        var before = await factory.WithDbAsync(db => db.AuditReviews.CountAsync(r => r.ReviewerId == ullaId));
        var drawn = await HtmlPage.ReadAsync(await ulla.ClickAsync(await ulla.GetPageAsync("/audit/review/sample"), "Draw", f => f.Set("Input.Size", "3")));
        AssertPage.Ok(drawn);

        var forged = await HtmlPage.ReadAsync(await ulla.ClickAsync(drawn, "Save", f => f
            .Set("Record.Draw", "forged")
            .Set("Record.Outcome", "NoRemarks")));
        var missing = await HtmlPage.ReadAsync(await ulla.ClickAsync(drawn, "Save", f => f
            .Remove("Record.Draw")
            .Set("Record.Outcome", "NoRemarks")));

        foreach (var page in new[] { forged, missing })
        {
            AssertPage.Ok(page);
            Assert.Contains(page.ErrorSummary, e => e.Contains("Dra ett stickprov", StringComparison.Ordinal));
        }

        Assert.Equal(before, await factory.WithDbAsync(db => db.AuditReviews.CountAsync(r => r.ReviewerId == ullaId)));
    }

    [Fact]
    public async Task Another_auditors_draw_cannot_be_saved_as_ones_own()
    {
        using var ulla = await factory.SignedInAsync(AuditTrail.Ulla);
        var drawn = await HtmlPage.ReadAsync(await ulla.ClickAsync(await ulla.GetPageAsync("/audit/review/sample"), "Draw", f => f.Set("Input.Size", "3")));
        var sealedDraw = drawn.Form()["Record.Draw"];
        Assert.False(string.IsNullOrEmpty(sealedDraw));
        using var other = await factory.SignedInAsync(AuditTrail.Hanna);
        var own = await HtmlPage.ReadAsync(await other.ClickAsync(await other.GetPageAsync("/audit/review/sample"), "Draw", f => f.Set("Input.Size", "3")));

        var refused = await HtmlPage.ReadAsync(await other.ClickAsync(own, "Save", f => f
            .Set("Record.Draw", sealedDraw!)
            .Set("Record.Outcome", "NoRemarks")));

        Assert.Contains(refused.ErrorSummary, e => e.Contains("Dra ett stickprov", StringComparison.Ordinal));
    }
}
