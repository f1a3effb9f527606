using System.Net;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Auditing;

/// <summary>
/// An auditor sees only people their own organisation's cases (or its own log) concern: a person
/// whose only SIP is run by other organisations answers as an unknown number does, in the search,
/// the person extract and the suspicion review, and their name is not shown.
/// </summary>
[Collection(AuditAppCollection.Name)]
public sealed class AuditorPersonScopeTests(AuditedAppFactory factory)
{
    [Fact]
    public async Task A_person_only_another_organisations_case_concerns_is_unknown_to_the_auditor()
    {
        // Per (Försäkringskassan) starts a SIP that no unit of Region Uppsala takes part in.
        var per = await factory.SignedInAsync(Demo.Per);
        var person = TestPersonnummer.NewAdult();
        await per.StartCaseAsync(person, givenName: "Okänd", familyName: "Forfrågan");
        var unknown = TestPersonnummer.NewAdult();
        var ulla = await factory.SignedInAsync(AuditTrail.Ulla);

        var extract = await ulla.GetPageAsync($"/audit/person?Pnr={person.Twelve}");
        var nobody = await ulla.GetPageAsync($"/audit/person?Pnr={unknown.Twelve}");
        var search = await ulla.GetPageAsync($"/audit?pnr={person.Twelve}");

        Assert.Equal(HttpStatusCode.OK, extract.Status);
        Assert.DoesNotContain("Forfrågan", extract.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Forfrågan", search.Html, StringComparison.Ordinal);
        Assert.Equal(nobody.FieldErrors, extract.FieldErrors);
        Assert.NotEmpty(extract.FieldErrors);
        Assert.NotEmpty(search.FieldErrors);
    }

    [Fact]
    public async Task A_person_whose_case_a_unit_of_the_organisation_takes_part_in_is_found()
    {
        var ulla = await factory.SignedInAsync(AuditTrail.Ulla);

        var extract = await ulla.GetPageAsync($"/audit/person?Pnr={Demo.Sven.Twelve}");

        Assert.Empty(extract.FieldErrors);
        Assert.Contains(Demo.Sven.Name, extract.Html, StringComparison.Ordinal);
    }
}
