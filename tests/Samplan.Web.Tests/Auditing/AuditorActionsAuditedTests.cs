using Samplan.Web.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Auditing;

/// <summary>Auditors are audited too: every search, extract, review and chain check leaves an
/// entry with their unit and organisation, and never the number they searched for.</summary>
[Collection(AuditAppCollection.Name)]
public sealed class AuditorActionsAuditedTests(AuditedAppFactory factory)
{
    [Fact]
    public async Task Search_extract_review_and_verification_are_logged_as_5001_to_5004_in_order()
    {
        using var ulla = await factory.SignedInAsync(AuditTrail.Ulla);
        var ullaId = await factory.UserIdAsync(AuditTrail.Ulla);
        var start = await factory.HeadAsync();

        await ulla.SearchAsync("pnr=" + Demo.Sven.WithHyphen);
        AssertPage.Ok(await ulla.GetPageAsync("/audit/person?pnr=" + Demo.Sven.WithHyphen));
        await ulla.RecordSampleReviewAsync();
        var verified = await HtmlPage.ReadAsync(await (await ulla.GetPageAsync("/audit/verify")).Form().PostAsync(ulla));

        Assert.Contains("Loggen är obruten", verified.MainText, StringComparison.Ordinal);
        // The people a drawn sample happens to name are logged as shown (PeopleShownAuditTests).
        var logged = await factory.EventsAfterAsync(start, e => e.UserId == ullaId && e.Code != (int)AuditAction.PersonShown);
        Assert.Equal(
            [AuditAction.AuditSearched, AuditAction.AuditExtractForPerson, AuditAction.AuditSearched, AuditAction.AuditReviewRecorded, AuditAction.AuditChainVerified],
            logged.Select(e => (AuditAction)e.Code));
        Assert.Equal([AuditTrail.SvenIndividual, AuditTrail.SvenIndividual, null, null, null], logged.Select(e => e.IndividualId));
        Assert.All(logged, e =>
        {
            Assert.Equal("Ulla Björk", e.UserName);
            Assert.Equal(AuditTrail.Regionkontoret, e.UnitId);
            Assert.Equal(AuditTrail.RegionUppsala, e.OrganisationId);
            Assert.Equal(AuditOutcome.Success, e.Outcome);
            Assert.Equal(AuditedAppFactory.ClientAddress.ToString(), e.ClientAddress);
            Assert.DoesNotContain("5130", e.Detail, StringComparison.Ordinal);
            Assert.DoesNotContain("Sven", e.Detail, StringComparison.Ordinal);
        });
        Assert.StartsWith("search; person=yes", logged[0].Detail, StringComparison.Ordinal);
    }
}
