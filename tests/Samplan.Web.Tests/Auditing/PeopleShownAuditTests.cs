using Samplan.Web.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Auditing;

/// <summary>
/// Every view that shows a person by name or number appears in that person's log extract (PDL 8:5):
/// the case list and its search write one row per person shown, and so does an audit table that
/// names people, not only the pages of a case that was opened.
/// </summary>
[Collection(AuditAppCollection.Name)]
public sealed class PeopleShownAuditTests(AuditedAppFactory factory)
{
    [Fact]
    public async Task The_case_list_logs_each_person_it_shows_and_the_persons_extract_lists_it()
    {
        using var anna = await factory.SignedInAsync(Demo.Anna);
        var annaId = await factory.UserIdAsync(Demo.Anna);
        var start = await factory.HeadAsync();

        var list = await anna.GetPageAsync("/");
        AssertPage.Ok(list);
        Assert.Contains(Demo.Sven.Name, list.Html, StringComparison.Ordinal);

        var shown = await factory.EventsAfterAsync(start, e => e.UserId == annaId && e.Code == (int)AuditAction.PersonShown);
        var sven = Assert.Single(shown, e => e.IndividualId == AuditTrail.SvenIndividual);
        Assert.Equal("case list", sven.Detail);
        Assert.NotNull(sven.CaseId);
        // One row per person the list names, and none for anyone the list does not show.
        Assert.Equal(shown.Count, shown.Select(e => (e.CaseId, e.IndividualId)).Distinct().Count());
        Assert.All(shown, e => Assert.NotNull(e.IndividualId));

        using var ulla = await factory.SignedInAsync(AuditTrail.Ulla);
        var extract = await ulla.GetPageAsync($"/audit/person?Pnr={Demo.Sven.Twelve}");
        AssertPage.Ok(extract);
        Assert.Contains("Visad i lista eller sökresultat", extract.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_that_finds_a_person_is_in_their_log_and_one_that_does_not_is_not()
    {
        using var anna = await factory.SignedInAsync(Demo.Anna);
        var annaId = await factory.UserIdAsync(Demo.Anna);
        var start = await factory.HeadAsync();

        AssertPage.Ok(await anna.GetPageAsync("/?q=Karlsson"));
        AssertPage.Ok(await anna.GetPageAsync("/?q=" + TestPersonnummer.NewAdult().Twelve));

        var shown = await factory.EventsAfterAsync(start, e => e.UserId == annaId && e.Code == (int)AuditAction.PersonShown);
        Assert.Contains(shown, e => e.IndividualId == AuditTrail.SvenIndividual && e.Detail == "case list search");
        Assert.All(shown, e => Assert.Equal("case list search", e.Detail));
    }

    [Fact]
    public async Task An_audit_table_that_names_people_logs_them_for_their_extracts()
    {
        await factory.OpenSvensCaseAsync(Demo.Anna);
        using var ulla = await factory.SignedInAsync(AuditTrail.Ulla);
        var ullaId = await factory.UserIdAsync(AuditTrail.Ulla);
        var start = await factory.HeadAsync();

        var table = await ulla.GetPageAsync("/audit?user=" + Demo.Anna);
        AssertPage.Ok(table);
        Assert.Contains(Demo.Sven.Name, table.Html, StringComparison.Ordinal);

        var shown = await factory.EventsAfterAsync(start, e => e.UserId == ullaId && e.Code == (int)AuditAction.PersonShown);
        var sven = Assert.Single(shown, e => e.IndividualId == AuditTrail.SvenIndividual);
        Assert.Equal("audit log table", sven.Detail);
    }
}
