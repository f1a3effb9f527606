using Microsoft.EntityFrameworkCore;
using Samplan.Web.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Auditing;

/// <summary>The log extract for one person (Patientdatalagen 8 kap. 5 §): at which unit and when
/// the person's data was accessed within the auditor's organisation.</summary>
[Collection(AuditAppCollection.Name)]
public sealed class PersonExtractTests(AuditedAppFactory factory)
{
    [Fact]
    public async Task The_extract_lists_unit_and_time_of_every_access_to_the_person_in_the_organisation()
    {
        var access = await factory.OpenSvensCaseAsync(Demo.Anna);
        await factory.OpenSvensCaseAsync(Demo.Johan);
        using var ulla = await factory.SignedInAsync(AuditTrail.Ulla);
        var inRegion = await factory.WithDbAsync(db => db.AuditEvents
            .CountAsync(e => e.OrganisationId == AuditTrail.RegionUppsala && e.IndividualId == AuditTrail.SvenIndividual));

        var page = await ulla.GetPageAsync("/audit/person?pnr=" + Demo.Sven.WithHyphen);

        AssertPage.Ok(page);
        var rows = page.Rows("section table");
        Assert.Equal(inRegion, rows.Count);
        Assert.Contains(rows, r => r[0] == AuditorSteps.LocalTime(access.At) && r[1] == "Vårdcentralen Gottsunda"
            && r[2] == "SE2321000016-DEMO01" && r[3] == "Anna Lind" && r[4] == "SIP öppnad");
        Assert.DoesNotContain(rows, r => r[1] == "Hemtjänst Gottsunda");
        Assert.Contains($"Antal åtkomster {inRegion}", page.MainText, StringComparison.Ordinal);
        Assert.Contains($"Loggutdrag – {Demo.Sven.Name}, {Demo.Sven.WithHyphen}", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_extract_is_itself_logged_against_the_person_without_the_number_in_the_detail()
    {
        using var ulla = await factory.SignedInAsync(AuditTrail.Ulla);
        var ullaId = await factory.UserIdAsync(AuditTrail.Ulla);
        var start = await factory.HeadAsync();

        AssertPage.Ok(await ulla.GetPageAsync("/audit/person?pnr=" + Demo.Sven.Ten));

        var logged = Assert.Single(await factory.EventsAfterAsync(start, e => e.UserId == ullaId));
        Assert.Equal((int)AuditAction.AuditExtractForPerson, logged.Code);
        Assert.Equal(AuditTrail.SvenIndividual, logged.IndividualId);
        Assert.Equal(AuditTrail.Regionkontoret, logged.UnitId);
        Assert.Equal(AuditTrail.RegionUppsala, logged.OrganisationId);
        Assert.DoesNotContain("5130", logged.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_not_in_Samplan_gives_a_message_next_to_the_field_and_no_extract()
    {
        using var ulla = await factory.SignedInAsync(AuditTrail.Ulla);
        var number = TestPersonnummer.NewAdult();

        var page = await ulla.GetPageAsync("/audit/person?pnr=" + number.WithHyphen);

        AssertPage.Ok(page);
        Assert.Equal("Ingen person med det numret finns i Samplan.", page.Document.QuerySelector("#pnr-error")?.TextContent.Trim());
        Assert.Empty(page.Rows("section table"));
    }
}
