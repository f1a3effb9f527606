using System.Text.RegularExpressions;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Cases;

/// <summary>R-PROT-1: masked rows hide who the person is, so each shows the case's short reference,
/// which the case page shows too, to tell the rows apart and match them.</summary>
[Collection(SamplanCollection.Name)]
public sealed partial class MaskedRowReferenceTests(SamplanFactory factory)
{
    [Fact]
    public async Task Masked_rows_under_protected_identity_show_the_case_reference_the_case_page_shows_R_PROT_1()
    {
        using var anna = factory.NewClient();
        await anna.SignInAsync(Demo.Anna);
        var person = TestPersonnummer.NewAdult();
        var first = await anna.StartCaseAsync(person, givenName: "Maskerad", familyName: "Maskeradsson");
        var second = await anna.StartCaseAsync(person, "Ett andra initiativ för samma person.");
        using var marked = await anna.SubmitFormAsync($"/cases/{first}/protected-identity", form => form.Set("Input.Reason", "Besked från Skatteverket om skyddad folkbokföring."));
        await CaseSteps.ExpectSavedAsync(marked, first, "Protected identity");

        var list = await anna.GetPageAsync("/?show=All");
        var references = new Dictionary<Guid, string>();
        foreach (var caseId in new[] { first, second })
        {
            var row = list.Document.QuerySelectorAll("table.cases tbody tr")
                .Single(r => r.QuerySelector($"a[href='/cases/{caseId}']") is not null);
            Assert.Contains("Skyddade personuppgifter", row.TextContent, StringComparison.Ordinal);
            var shown = row.QuerySelector(".case-ref")?.TextContent.Trim();
            Assert.NotNull(shown);
            Assert.Matches(Reference(), shown);
            references[caseId] = shown;

            var casePage = await anna.GetPageAsync($"/cases/{caseId}");
            Assert.Equal(shown, casePage.Document.QuerySelector(".subtitle .case-ref")?.TextContent.Trim());
        }

        Assert.NotEqual(references[first], references[second]);
    }

    [Fact]
    public async Task Unmasked_rows_show_the_name_and_no_reference()
    {
        using var anna = factory.NewClient();
        await anna.SignInAsync(Demo.Anna);

        var list = await anna.GetPageAsync("/");

        var row = list.Document.QuerySelectorAll("table.cases tbody tr")
            .Single(r => r.QuerySelector($"a[href='/cases/{Demo.Sven.CaseId}']") is not null);
        Assert.Null(row.QuerySelector(".case-ref"));
    }

    [GeneratedRegex("^SIP-[0-9A-F]{8}$")]
    private static partial Regex Reference();
}
