using Samplan.Web.Tests.Infrastructure;
using Samplan.Web.Tests.Security;

namespace Samplan.Web.Tests.Cases;

/// <summary>
/// Starting a SIP reveals nothing about the person's SIPs in other organisations: a known
/// personnummer typed by another organisation neither shows the name stored there nor tells that
/// a unit there marked protected identity. Each organisation keeps its own record of the person.
/// </summary>
[Collection(SamplanCollection.Name)]
public sealed class StartCaseRevealsNothingTests(SamplanFactory factory)
{
    [Fact]
    public async Task Another_organisations_stored_name_is_never_shown_the_case_shows_the_name_typed_here()
    {
        var number = TestPersonnummer.NewAdult();
        using var lena = await factory.SignedInAsync(Demo.Lena);
        using var anna = await factory.SignedInAsync(Demo.Anna);
        await lena.StartCaseAsync(number, givenName: "Hemlig", familyName: "Kommunnamn");

        var regionCase = await anna.StartCaseAsync(number, givenName: "Egen", familyName: "Uppgift");
        var page = await anna.GetPageAsync($"/cases/{regionCase}");
        var list = await anna.GetPageAsync("/?q=" + number.Twelve);

        AssertPage.Ok(page);
        Assert.Contains("Egen Uppgift", page.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Kommunnamn", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Kommunnamn", list.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_names_a_number_known_only_to_another_organisation_answers_as_an_unknown_one()
    {
        var known = TestPersonnummer.NewAdult();
        var unknown = TestPersonnummer.NewAdult();
        using var lena = await factory.SignedInAsync(Demo.Lena);
        using var anna = await factory.SignedInAsync(Demo.Anna);
        await lena.StartCaseAsync(known, givenName: "Hemlig", familyName: "Kommunnamn");

        var forKnown = await StartWithoutNamesAsync(anna, known);
        var forUnknown = await StartWithoutNamesAsync(anna, unknown);

        Assert.NotEmpty(forKnown.FieldErrors);
        Assert.Equal(forUnknown.FieldErrors, forKnown.FieldErrors);
        Assert.Equal(forUnknown.ErrorSummary, forKnown.ErrorSummary);
    }

    [Fact]
    public async Task Within_the_organisation_a_known_person_needs_no_names_again()
    {
        var number = TestPersonnummer.NewAdult();
        using var anna = await factory.SignedInAsync(Demo.Anna);
        var first = await anna.StartCaseAsync(number, givenName: "Första", familyName: "Gången");

        using var again = await anna.SubmitFormAsync("/cases/new", f => f
            .Set("Input.Personnummer", number.Twelve)
            .Set("Input.GivenName", "")
            .Set("Input.FamilyName", "")
            .Set("Input.Reason", "Ett nytt behov.")
            .Set("Input.NeedIdentifiedOn", factory.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));

        var second = again.RedirectPath();
        Assert.NotNull(second);
        Assert.NotEqual($"/cases/{first}", second);
        Assert.Contains("Första Gången", (await anna.GetPageAsync(second!)).MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mark_set_in_another_organisation_is_not_revealed_by_starting_a_case()
    {
        var number = TestPersonnummer.NewAdult();
        using var lena = await factory.SignedInAsync(Demo.Lena);
        using var anna = await factory.SignedInAsync(Demo.Anna);
        var kommunCase = await lena.StartCaseAsync(number, givenName: "Siv", familyName: "Skyddsson");
        await CaseSteps.ExpectSavedAsync(await lena.SubmitFormAsync($"/cases/{kommunCase}/protected-identity", f => f.Set("Input.Reason", "Besked från Skatteverket.")), kommunCase, "Protected identity");

        var regionCase = await anna.StartCaseAsync(number, givenName: "Siv", familyName: "Skyddsson");
        var page = await anna.GetPageAsync($"/cases/{regionCase}");

        AssertPage.Ok(page);
        Assert.Equal("Initiativ – väntar på samtycke", await anna.PhaseAsync(regionCase));
        Assert.DoesNotContain("Markerad med skyddade personuppgifter", page.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Manuell hantering", page.MainText, StringComparison.Ordinal);
    }

    private async Task<HtmlPage> StartWithoutNamesAsync(HttpClient client, TestPersonnummer number) =>
        await HtmlPage.ReadAsync(await client.SubmitFormAsync("/cases/new", f => f
            .Set("Input.Personnummer", number.Twelve)
            .Set("Input.GivenName", "")
            .Set("Input.FamilyName", "")
            .Set("Input.Reason", "Behöver samordning.")
            .Set("Input.NeedIdentifiedOn", factory.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
}
