using System.Net;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Auditing;

/// <summary>The auditor pages need the Auditor role, and an auditor works only within the
/// organisation of the unit they act for.</summary>
[Collection(AuditAppCollection.Name)]
public sealed class AuditorAccessTests(AuditedAppFactory factory)
{
    public static TheoryData<string> AuditPages => new()
    {
        "/audit",
        "/audit?pnr=19521130-5130",
        "/audit/person",
        "/audit/person?pnr=19521130-5130",
        "/audit/review",
        "/audit/review/sample",
        "/audit/review/suspicion",
        "/audit/review/5e000000-0000-0000-0000-000000000001",
        "/audit/verify",
    };

    [Theory]
    [MemberData(nameof(AuditPages))]
    public async Task Staff_without_the_auditor_role_are_denied_every_audit_page(string url)
    {
        using var anna = await factory.SignedInAsync(Demo.Anna);

        using var response = await anna.GetAsync(new Uri(url, UriKind.Relative));

        await anna.AssertDeniedAsync(response, url);
    }

    [Theory]
    [InlineData("/audit/verify")]
    [InlineData("/audit/review/sample?handler=Draw")]
    [InlineData("/audit/review/suspicion?handler=Show")]
    public async Task Staff_without_the_auditor_role_are_denied_posting_to_audit_pages_and_nothing_is_logged_as_theirs(string url)
    {
        using var anna = await factory.SignedInAsync(Demo.Anna);
        var annaId = await factory.UserIdAsync(Demo.Anna);
        var token = (await anna.GetPageAsync("/cases/new")).Form()[HtmlForm.AntiforgeryField]!;
        var start = await factory.HeadAsync();

        using var response = await anna.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(
        [
            new(HtmlForm.AntiforgeryField, token),
            new("Input.Pnr", Demo.Sven.WithHyphen),
            new("Input.Reason", "Nyfiken"),
        ]));

        await anna.AssertDeniedAsync(response, url);
        Assert.Empty(await factory.EventsAfterAsync(start, e => e.UserId == annaId && e.Code >= 5000 && e.Code < 6000));
    }

    [Fact]
    public async Task An_auditor_of_another_organisation_gets_404_for_a_review_and_does_not_see_it_listed()
    {
        using var ulla = await factory.SignedInAsync(AuditTrail.Ulla);
        using var hanna = await factory.SignedInAsync(AuditTrail.Hanna);
        var reviewId = await ulla.RecordSampleReviewAsync();

        using var asHanna = await hanna.GetAsync(new Uri($"/audit/review/{reviewId}", UriKind.Relative));
        using var asUlla = await ulla.GetAsync(new Uri($"/audit/review/{reviewId}", UriKind.Relative));
        var hannasList = await hanna.GetPageAsync("/audit/review");

        Assert.Equal(HttpStatusCode.NotFound, asHanna.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asUlla.StatusCode);
        Assert.DoesNotContain($"/audit/review/{reviewId}", hannasList.Links());
    }
}
