using System.Net;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Cases;

/// <summary>Starting a SIP: the initiative with its reason (R-INIT-1, R-INIT-2), identified by personnummer (R-ID-1).</summary>
[Collection(SamplanCollection.Name)]
public sealed class StartCaseTests(SamplanFactory factory)
{
    private const string Reason = "Oro för att klara vardagen hemma efter utskrivning.";

    [Theory]
    [InlineData("19121212121", "Personnumret ska ha 10 eller 12 siffror, till exempel 19121212-1212.")]
    [InlineData("19521130-5131", "Kontrollsiffran stämmer inte – kontrollera att numret är rätt inskrivet.")]
    [InlineData("19521330-5130", "Personnumret innehåller inget giltigt datum.")]
    [InlineData("19520230-5130", "Personnumret innehåller inget giltigt datum.")]
    [InlineData("19521130-51AB", "Personnumret får bara innehålla siffror och ett bindestreck eller plustecken före de fyra sista siffrorna.")]
    [InlineData("20991231-0000", "Födelsedatumet i personnumret ligger i framtiden.")]
    [InlineData("", "Ange personnummer eller samordningsnummer.")]
    public async Task Bad_personnummer_is_explained_next_to_the_field_and_the_reason_is_kept(string personnummer, string message)
    {
        using var client = await SignedInAsync();

        using var response = await client.SubmitFormAsync("/cases/new", form => form
            .Set("Input.Personnummer", personnummer)
            .Set("Input.GivenName", "Test")
            .Set("Input.FamilyName", "Testperson")
            .Set("Input.Reason", Reason));

        var page = await HtmlPage.ReadAsync(response);
        AssertPage.Ok(page);
        Assert.Equal(message, page.FieldError("Input.Personnummer"));
        Assert.Contains(message, page.ErrorSummary);
        Assert.Equal(Reason, page.FieldValue("Input.Reason"));
        Assert.Equal(personnummer, page.FieldValue("Input.Personnummer"));
        Assert.Equal("Testperson", page.FieldValue("Input.FamilyName"));
    }

    [Fact]
    public async Task Missing_reason_is_refused_and_what_was_typed_is_kept_R_INIT_2()
    {
        using var client = await SignedInAsync();
        var personnummer = TestPersonnummer.NewAdult();

        using var response = await client.SubmitFormAsync("/cases/new", form => form
            .Set("Input.Personnummer", personnummer.WithHyphen)
            .Set("Input.GivenName", "Saga")
            .Set("Input.FamilyName", "Utanorsak")
            .Set("Input.Reason", "   "));

        var page = await HtmlPage.ReadAsync(response);
        AssertPage.Ok(page);
        Assert.Equal("Skriv orsaken till initiativet.", page.FieldError("Input.Reason"));
        Assert.Equal(personnummer.WithHyphen, page.FieldValue("Input.Personnummer"));
        Assert.Equal("Saga", page.FieldValue("Input.GivenName"));
        var list = await client.GetPageAsync("/?q=" + personnummer.Twelve);
        Assert.DoesNotContain("Utanorsak", list.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_person_needs_a_name()
    {
        using var client = await SignedInAsync();

        using var response = await client.SubmitFormAsync("/cases/new", form => form
            .Set("Input.Personnummer", TestPersonnummer.NewAdult().WithHyphen)
            .Set("Input.Reason", Reason));

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal("Skriv förnamn.", page.FieldError("Input.GivenName"));
        Assert.Equal("Skriv efternamn.", page.FieldError("Input.FamilyName"));
        Assert.Equal(Reason, page.FieldValue("Input.Reason"));
    }

    [Fact]
    public async Task Need_identified_in_the_future_is_refused_R_INIT_2()
    {
        using var client = await SignedInAsync();
        var tomorrow = factory.Today.AddDays(1);

        using var response = await client.SubmitFormAsync("/cases/new", form => form
            .Set("Input.Personnummer", TestPersonnummer.NewAdult().WithHyphen)
            .Set("Input.GivenName", "Test")
            .Set("Input.FamilyName", "Testperson")
            .Set("Input.Reason", Reason)
            .Set("Input.NeedIdentifiedOn", CaseSteps.Iso(tomorrow)));

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal("Datumet då behovet uppmärksammades kan inte ligga i framtiden.", page.FieldError("Input.NeedIdentifiedOn"));
    }

    [Fact]
    public async Task Form_proposes_today_as_the_day_the_need_was_identified()
    {
        using var client = await SignedInAsync();

        var page = await client.GetPageAsync("/cases/new");

        Assert.Equal(CaseSteps.Iso(factory.Today), page.FieldValue("Input.NeedIdentifiedOn"));
    }

    [Fact]
    public async Task Person_with_protected_identity_is_refused_with_the_paper_forms_R_PROT_1()
    {
        using var client = await SignedInAsync();

        using var response = await client.SubmitFormAsync("/cases/new", form => form
            .Set("Input.Personnummer", Demo.Tolvan.Personnummer)
            .Set("Input.Reason", Reason));

        var page = await HtmlPage.ReadAsync(response);
        AssertPage.Ok(page);
        AssertPage.HasError(page, "Personen har skyddade personuppgifter. SIP får då bara hanteras manuellt på papper");
        Assert.Contains("skyddade personuppgifter", page.FieldError("Input.Personnummer") ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("/manual-forms", page.Links("main a"));
        Assert.Equal(Reason, page.FieldValue("Input.Reason"));
        var list = await client.GetPageAsync("/?show=All&q=" + Demo.Tolvan.Personnummer);
        Assert.DoesNotContain(Demo.Tolvan.Name, list.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paper_forms_page_answers_for_protected_identity_R_PROT_1()
    {
        using var client = await SignedInAsync();

        var page = await client.GetPageAsync("/manual-forms");

        AssertPage.Ok(page);
    }

    [Fact]
    public async Task Started_case_opens_in_the_initiative_phase_with_next_steps()
    {
        using var client = await SignedInAsync();
        var personnummer = TestPersonnummer.NewAdult();

        var id = await client.StartCaseAsync(personnummer, Reason, "Ingrid", "Startsson");

        var page = await client.GetPageAsync($"/cases/{id}");
        AssertPage.Ok(page);
        Assert.Contains("SIP för Ingrid Startsson", page.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(personnummer.WithHyphen, page.MainText, StringComparison.Ordinal);
        var phase = page.Document.QuerySelector(".status-panel .phase")!.TextContent.Trim();
        Assert.StartsWith("Initiativ", phase, StringComparison.Ordinal);
        Assert.Contains("Nästa steg", page.Document.QuerySelector(".status-panel")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"/cases/{id}/consent", page.Links(".status-panel .actions a"));
        Assert.Contains(Reason, page.MainText, StringComparison.Ordinal);
        Assert.Contains("Anna Lind", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Started_case_is_found_in_the_list_by_its_personnummer_in_ten_digit_form()
    {
        using var client = await SignedInAsync();
        var personnummer = TestPersonnummer.NewAdult();
        await client.StartCaseAsync(personnummer, Reason, "Olle", "Listsson");

        var list = await client.GetPageAsync("/?q=" + Uri.EscapeDataString(personnummer.Ten));

        Assert.Contains("Olle Listsson", list.MainText, StringComparison.Ordinal);
        Assert.Contains("Initiativ", list.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Case_for_a_person_already_in_Samplan_uses_the_stored_name()
    {
        using var client = await SignedInAsync();
        var personnummer = TestPersonnummer.NewAdult();
        await client.StartCaseAsync(personnummer, Reason, "Första", "Gången");

        var second = await client.StartCaseAsync(personnummer, "Nytt initiativ, nytt behov.", string.Empty, string.Empty);

        var page = await client.GetPageAsync($"/cases/{second}");
        Assert.Contains("SIP för Första Gången", page.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starting_a_case_without_the_anti_forgery_token_answers_400()
    {
        using var client = await SignedInAsync();
        var personnummer = TestPersonnummer.NewAdult();

        using var response = await client.PostAsync(new Uri("/cases/new", UriKind.Relative), new FormUrlEncodedContent(
        [
            new("Input.Personnummer", personnummer.WithHyphen),
            new("Input.GivenName", "Ingen"),
            new("Input.FamilyName", "Token"),
            new("Input.Reason", Reason),
            new("Input.NeedIdentifiedOn", "2026-11-23"),
        ]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var list = await client.GetPageAsync("/?q=" + personnummer.Twelve);
        Assert.DoesNotContain("Token", list.MainText, StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var client = factory.NewClient();
        await client.SignInAsync(Demo.Anna);
        return client;
    }
}
