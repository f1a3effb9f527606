using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Cases;

/// <summary>A unit that starts a second SIP for a person whose open SIP it already takes part in
/// is told so, with a link; a SIP it may not see is never hinted at (R-CONSENT-1).</summary>
[Collection(SamplanCollection.Name)]
public sealed class SecondOpenSipTests(SamplanFactory factory)
{
    private const string Notice = "Personen har redan en öppen SIP som er enhet deltar i";

    [Fact]
    public async Task Second_open_SIP_for_the_same_person_links_to_the_one_the_unit_takes_part_in()
    {
        using var anna = factory.NewClient();
        await anna.SignInAsync(Demo.Anna);
        var person = TestPersonnummer.NewAdult();
        var first = await anna.StartCaseAsync(person, givenName: "Dubbel", familyName: "Dubbelsson");

        var second = await anna.StartCaseAsync(person, "Ett nytt initiativ för samma person.");

        var page = await anna.GetPageAsync($"/cases/{second}");
        var notice = page.Document.QuerySelector(".other-open-sip");
        Assert.NotNull(notice);
        Assert.Contains(Notice, notice.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/cases/{first}", notice.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Open_SIP_of_another_unit_that_this_unit_cannot_see_is_not_hinted_at()
    {
        using var lena = factory.NewClient();
        await lena.SignInAsync(Demo.Lena);
        using var anna = factory.NewClient();
        await anna.SignInAsync(Demo.Anna);
        var person = TestPersonnummer.NewAdult();
        var hidden = await lena.StartCaseAsync(person, givenName: "Dold", familyName: "Doldsson");

        var own = await anna.StartCaseAsync(person, "Vårdcentralens eget initiativ.");

        var page = await anna.GetPageAsync($"/cases/{own}");
        AssertPage.Ok(page);
        Assert.Null(page.Document.QuerySelector(".other-open-sip"));
        Assert.DoesNotContain(Notice, page.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain(hidden.ToString(), page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_single_SIP_shows_no_notice()
    {
        using var anna = factory.NewClient();
        await anna.SignInAsync(Demo.Anna);
        var only = await anna.StartCaseAsync(TestPersonnummer.NewAdult());

        var page = await anna.GetPageAsync($"/cases/{only}");

        Assert.Null(page.Document.QuerySelector(".other-open-sip"));
    }
}
