using System.Net;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Cases;

/// <summary>A unit sees a case only when it takes part; anything else is not there (fail closed).</summary>
[Collection(SamplanCollection.Name)]
public sealed class CaseAccessTests(SamplanFactory factory)
{
    [Fact]
    public async Task Participating_unit_sees_the_case_page()
    {
        using var client = factory.NewClient();
        await client.SignInAsync(Demo.Anna);

        var page = await client.GetPageAsync($"/cases/{Demo.Sven.CaseId}");

        AssertPage.Ok(page);
        Assert.Contains("SIP för " + Demo.Sven.Name, page.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Plan gäller", page.Document.QuerySelector(".status-panel .phase")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_organisations_case_answers_404_like_a_case_that_does_not_exist()
    {
        using var client = factory.NewClient();
        await client.SignInAsync(Demo.Per);

        using var foreign = await client.GetAsync(new Uri($"/cases/{Demo.Sven.CaseId}", UriKind.Relative));
        using var missing = await client.GetAsync(new Uri($"/cases/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(missing.StatusCode, foreign.StatusCode);
        // Identical but for the anti-forgery tokens of the header's forms, which differ per response.
        var body = WithoutTokens(await foreign.Content.ReadAsStringAsync());
        Assert.Equal(WithoutTokens(await missing.Content.ReadAsStringAsync()), body);
        Assert.DoesNotContain("Sven", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Karlsson", body, StringComparison.Ordinal);
        Assert.DoesNotContain("5130", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("consent")]
    [InlineData("preparation")]
    [InlineData("invitation")]
    [InlineData("meeting")]
    [InlineData("close")]
    public async Task Another_organisations_case_forms_answer_404(string step)
    {
        using var client = factory.NewClient();
        await client.SignInAsync(Demo.Per);

        using var response = await client.GetAsync(new Uri($"/cases/{Demo.Gunnel.CaseId}/{step}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Unit_that_was_invited_sees_the_case_but_a_unit_that_was_not_does_not()
    {
        // Hemtjänst was invited to Sven's meeting; Psykiatri never took part in it.
        using var hemtjanst = factory.NewClient();
        await hemtjanst.SignInAsync(Demo.Johan);
        using var psykiatri = factory.NewClient();
        await psykiatri.SignInForUnitAsync(Demo.Eva, "Psykiatrisk öppenvård");

        using var invited = await hemtjanst.GetAsync(new Uri($"/cases/{Demo.Sven.CaseId}", UriKind.Relative));
        using var notInvited = await psykiatri.GetAsync(new Uri($"/cases/{Demo.Sven.CaseId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, invited.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notInvited.StatusCode);
    }

    [Fact]
    public async Task Switching_unit_switches_which_cases_are_visible()
    {
        using var client = factory.NewClient();
        await client.SignInForUnitAsync(Demo.Eva, "Psykiatrisk öppenvård");
        using var asPsykiatri = await client.GetAsync(new Uri($"/cases/{Demo.Sven.CaseId}", UriKind.Relative));

        await client.SignInForUnitAsync(Demo.Eva, "Vårdcentralen Gottsunda");
        using var asVardcentral = await client.GetAsync(new Uri($"/cases/{Demo.Sven.CaseId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, asPsykiatri.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asVardcentral.StatusCode);
    }

    private static string WithoutTokens(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"", "token");
}
