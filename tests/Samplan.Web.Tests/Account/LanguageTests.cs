using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Account;

[Collection(SamplanCollection.Name)]
public sealed class LanguageTests(SamplanFactory factory)
{
    [Fact]
    public async Task Pages_are_in_Swedish_by_default()
    {
        using var client = factory.NewClient();
        await client.SignInAsync(Demo.Anna);

        var list = await client.GetPageAsync("/");

        Assert.Equal("sv", list.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("SIP:ar där din enhet deltar", list.Document.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Choosing_English_turns_the_case_list_into_English()
    {
        using var client = factory.NewClient();
        await client.SignInAsync(Demo.Anna);
        var list = await client.GetPageAsync("/");

        var language = await client.WithAntiforgeryTokenAsync(list.Form("form.language-form"));
        using var response = await language.Set("culture", "en").PostAsync(client);

        AssertPage.Redirects(response, "/");
        var english = await client.GetPageAsync("/");
        Assert.Equal("en", english.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("SIPs your unit takes part in", english.Document.QuerySelector("h1")!.TextContent.Trim());
        var headings = english.Document.QuerySelectorAll("table.cases th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Contains("Person", headings);
        Assert.Contains("Personal number", headings);
        Assert.Contains("Phase", headings);
        Assert.Contains("Plan in force", english.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_is_available_before_signing_in()
    {
        using var client = factory.NewClient();
        var login = await client.GetPageAsync("/account/login");

        var language = await client.WithAntiforgeryTokenAsync(login.Form("form.language-form"));
        using var response = await language.Set("culture", "en").Set("returnUrl", "/account/login").PostAsync(client);

        AssertPage.Redirects(response, "/account/login");
        var english = await client.GetPageAsync("/account/login");
        Assert.Equal("Sign in", english.Document.QuerySelector("h1")!.TextContent.Trim());
    }
}
