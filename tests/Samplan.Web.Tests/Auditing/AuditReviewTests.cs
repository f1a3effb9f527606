using System.Net;
using Microsoft.EntityFrameworkCore;
using Samplan.Web.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Auditing;

/// <summary>Documented log reviews: a random sample and a review on suspicion, each saved with an
/// outcome, findings where the outcome needs them, and a log entry of its own.</summary>
[Collection(AuditAppCollection.Name)]
public sealed class AuditReviewTests(AuditedAppFactory factory)
{
    private const string Reason = "Patienten har klagat på att någon utan vårdrelation läst planen.";

    [Fact]
    public async Task A_random_sample_review_is_saved_with_its_outcome_and_the_organisations_events()
    {
        await factory.OpenSvensCaseAsync(Demo.Anna);
        using var ulla = await factory.SignedInAsync(AuditTrail.Ulla);
        var start = await factory.HeadAsync();

        var id = await ulla.RecordSampleReviewAsync();

        var review = await factory.WithDbAsync(db => db.AuditReviews.SingleAsync(r => r.Id == id));
        Assert.Equal("RandomSample", review.Kind);
        Assert.Equal("NoRemarks", review.Outcome);
        Assert.Equal("Ulla Björk", review.ReviewerName);
        Assert.Equal(AuditTrail.RegionUppsala, review.OrganisationId);
        var sequences = review.EventSequences.Split(',').Select(long.Parse).ToList();
        Assert.NotEmpty(sequences);
        Assert.All(await factory.OrganisationsOfAsync(sequences, AuditTrail.RegionUppsala), o => Assert.Equal(AuditTrail.RegionUppsala, o));

        var page = await ulla.GetPageAsync($"/audit/review/{id}");
        AssertPage.Ok(page);
        Assert.Contains("Inga anmärkningar", page.MainText, StringComparison.Ordinal);
        Assert.Equal(sequences.Count, page.Sequences().Count);

        var ullaId = await factory.UserIdAsync(AuditTrail.Ulla);
        var recorded = Assert.Single(await factory.EventsAfterAsync(start, e => e.UserId == ullaId && e.Code == (int)AuditAction.AuditReviewRecorded));
        Assert.Contains($"review={id}", recorded.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_suspicion_review_that_needs_investigation_without_findings_is_refused_next_to_the_field_keeping_the_reason_then_saved()
    {
        await factory.OpenSvensCaseAsync(Demo.Anna);
        using var ulla = await factory.SignedInAsync(AuditTrail.Ulla);
        var ullaId = await factory.UserIdAsync(AuditTrail.Ulla);
        var reviewsBefore = await ReviewsByAsync(ullaId);
        var start = await factory.HeadAsync();

        var shown = await HtmlPage.ReadAsync(await ulla.ClickAsync(await ulla.GetPageAsync("/audit/review/suspicion"), "Show", f => f
            .Set("Input.Pnr", Demo.Sven.WithHyphen)
            .Set("Input.Reason", Reason)));
        AssertPage.Ok(shown);
        Assert.NotEmpty(shown.Sequences());

        var refused = await HtmlPage.ReadAsync(await ulla.ClickAsync(shown, "Save", f => f
            .Set("Record.Outcome", "NeedsInvestigation")
            .Set("Record.Findings", "")));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Beskriv iakttagelserna – det krävs när utfallet är \"Behöver utredas\".", refused.FieldError("Record.Findings"));
        Assert.Equal(Reason, refused.FieldValue("Input.Reason"));
        Assert.Equal(reviewsBefore, await ReviewsByAsync(ullaId));

        using var saved = await ulla.ClickAsync(refused, "Save", f => f.Set("Record.Findings", "Åtkomsten hade stöd i vårdrelationen; följs upp med enheten."));
        var id = await AuditorSteps.ReviewIdAsync(saved);

        var review = await factory.WithDbAsync(db => db.AuditReviews.SingleAsync(r => r.Id == id));
        Assert.Equal("Suspicion", review.Kind);
        Assert.Equal("NeedsInvestigation", review.Outcome);
        Assert.Contains(Reason, review.Scope, StringComparison.Ordinal);
        Assert.Equal(reviewsBefore + 1, await ReviewsByAsync(ullaId));
        var page = await ulla.GetPageAsync($"/audit/review/{id}");
        Assert.Contains("Behöver utredas", page.MainText, StringComparison.Ordinal);

        var recorded = Assert.Single(await factory.EventsAfterAsync(start, e => e.UserId == ullaId && e.Code == (int)AuditAction.AuditReviewRecorded));
        Assert.Equal(AuditTrail.SvenIndividual, recorded.IndividualId);
        Assert.DoesNotContain("klagat", recorded.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("5130", recorded.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sample_review_never_lists_events_of_another_organisation_even_when_posted()
    {
        var byKommun = await factory.OpenSvensCaseAsync(Demo.Johan);
        using var ulla = await factory.SignedInAsync(AuditTrail.Ulla);
        var ullaId = await factory.UserIdAsync(AuditTrail.Ulla);
        var reviewsBefore = await ReviewsByAsync(ullaId);
        var drawn = await HtmlPage.ReadAsync(await ulla.ClickAsync(await ulla.GetPageAsync("/audit/review/sample"), "Draw"));

        using var response = await ulla.ClickAsync(drawn, "Save", f => f
            .Add("Record.Sequences", byKommun.Seal!.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Set("Record.Outcome", "NoRemarks"));

        // The events come from the server's sealed draw (ServerDrawnSampleTests), so the posted
        // event of another organisation is not part of what was saved.
        var id = await AuditorSteps.ReviewIdAsync(response);
        var review = await factory.WithDbAsync(db => db.AuditReviews.SingleAsync(r => r.Id == id));
        Assert.DoesNotContain(byKommun.Seal!.Sequence, review.EventSequences.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse));
        Assert.Equal(reviewsBefore + 1, await ReviewsByAsync(ullaId));
    }

    private Task<int> ReviewsByAsync(string reviewerId) =>
        factory.WithDbAsync(db => db.AuditReviews.CountAsync(r => r.ReviewerId == reviewerId));
}
