using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Cases;

/// <summary>The acting unit's case overview (R-CASE-1), from the demo data.</summary>
[Collection(SamplanCollection.Name)]
public sealed class CaseListTests(SamplanFactory factory)
{
    [Fact]
    public async Task Unit_sees_the_cases_it_takes_part_in()
    {
        var names = await NamesAsync(Demo.Anna, "/");

        Assert.Contains(Demo.Sven.Name, names);
        Assert.Contains(Demo.Gunnel.Name, names);
    }

    [Fact]
    public async Task Closed_cases_are_listed_only_when_asked_for()
    {
        var open = await NamesAsync(Demo.Anna, "/");
        var closed = await NamesAsync(Demo.Anna, "/?show=Closed");

        Assert.DoesNotContain("Birgitta Lund", open);
        Assert.Contains("Birgitta Lund", closed);
        Assert.DoesNotContain(Demo.Sven.Name, closed);
    }

    [Fact]
    public async Task Unit_of_an_organisation_that_takes_no_part_sees_none_of_the_cases()
    {
        using var client = factory.NewClient();
        await client.SignInAsync(Demo.Per);

        var page = await client.GetPageAsync("/?show=All");

        AssertPage.Ok(page);
        Assert.DoesNotContain(Demo.Sven.Name, page.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain(Demo.Gunnel.Name, page.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain(Demo.Sven.WithHyphen, page.MainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Karlsson")]
    [InlineData("sven karlsson")]
    [InlineData(Demo.Sven.Twelve)]
    [InlineData(Demo.Sven.WithHyphen)]
    [InlineData(Demo.Sven.Ten)]
    [InlineData(Demo.Sven.TenDigits)]
    public async Task Search_finds_the_person_by_name_or_personnummer_in_any_form(string search)
    {
        var names = await NamesAsync(Demo.Anna, "/?q=" + Uri.EscapeDataString(search));

        Assert.Equal([Demo.Sven.Name], names);
    }

    [Fact]
    public async Task Search_keeps_the_typed_text_in_the_search_field()
    {
        using var client = factory.NewClient();
        await client.SignInAsync(Demo.Anna);

        var page = await client.GetPageAsync("/?q=" + Uri.EscapeDataString(Demo.Sven.Ten));

        Assert.Equal(Demo.Sven.Ten, page.FieldValue("q"));
    }

    [Fact]
    public async Task Search_without_match_says_so()
    {
        using var client = factory.NewClient();
        await client.SignInAsync(Demo.Anna);

        var page = await client.GetPageAsync("/?q=" + Uri.EscapeDataString("Ingen Sådan Person"));

        Assert.Empty(Names(page));
        Assert.Contains("Inga SIP:ar matchar.", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Phase_filter_shows_only_cases_in_that_phase()
    {
        var active = await NamesAsync(Demo.Anna, "/?phase=Active");
        var initiated = await NamesAsync(Demo.Anna, "/?phase=Initiated");

        Assert.Contains(Demo.Sven.Name, active);
        Assert.DoesNotContain(Demo.Gunnel.Name, active);
        Assert.Contains(Demo.Gunnel.Name, initiated);
        Assert.DoesNotContain(Demo.Sven.Name, initiated);
    }

    [Fact]
    public async Task Phase_filter_keeps_the_chosen_phase_selected()
    {
        using var client = factory.NewClient();
        await client.SignInAsync(Demo.Anna);

        var page = await client.GetPageAsync("/?phase=Active");

        Assert.Equal("Active", page.FieldValue("phase"));
        Assert.All(page.Document.QuerySelectorAll("table.cases tbody tr"), row => Assert.Contains("Plan gäller", row.TextContent, StringComparison.Ordinal));
    }

    private async Task<IReadOnlyList<string>> NamesAsync(string userName, string url)
    {
        using var client = factory.NewClient();
        await client.SignInAsync(userName);
        var page = await client.GetPageAsync(url);
        AssertPage.Ok(page);
        return Names(page);
    }

    private static List<string> Names(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("table.cases tbody tr td:first-child a").Select(a => a.TextContent.Trim())];
}
