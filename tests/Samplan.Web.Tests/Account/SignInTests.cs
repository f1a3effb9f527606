using System.Net;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Account;

[Collection(SamplanCollection.Name)]
public sealed class SignInTests(SamplanFactory factory)
{
    [Fact]
    public async Task Signed_out_visitor_is_sent_to_sign_in_from_the_case_list()
    {
        using var client = factory.NewClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        AssertPage.Redirects(response, "/account/login");
    }

    [Fact]
    public async Task Signed_out_visitor_is_sent_to_sign_in_from_a_case_page_and_back_after_signing_in()
    {
        using var client = factory.NewClient();
        var casePath = $"/cases/{Demo.Gunnel.CaseId}";

        using var response = await client.GetAsync(new Uri(casePath, UriKind.Relative));

        AssertPage.Redirects(response, "/account/login");
        Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(casePath), response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);

        using var signedIn = await client.TrySignInAsync(Demo.Anna, url: response.Headers.Location!.OriginalString);
        AssertPage.Redirects(signedIn, casePath);
    }

    [Fact]
    public async Task Correct_password_lets_the_user_in_to_the_case_list()
    {
        using var client = factory.NewClient();

        using var response = await client.TrySignInAsync(Demo.Anna);

        AssertPage.Redirects(response, "/");
        var list = await client.GetPageAsync("/");
        AssertPage.Ok(list);
        Assert.Contains("Anna Lind", list.Document.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Vårdcentralen Gottsunda", list.Document.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_shows_an_error_and_keeps_the_user_name()
    {
        using var client = factory.NewClient();

        using var response = await client.TrySignInAsync(Demo.Lena, "fel-lösenord-123");

        var page = await HtmlPage.ReadAsync(response);
        AssertPage.Ok(page);
        AssertPage.HasError(page, "Fel användarnamn eller lösenord.");
        Assert.Equal(Demo.Lena, page.FieldValue("Input.UserName"));
        Assert.True(string.IsNullOrEmpty(page.FieldValue("Input.Password")), "The password must not be sent back to the browser.");
        using var list = await client.GetAsync(new Uri("/", UriKind.Relative));
        AssertPage.Redirects(list, "/account/login");
    }

    [Fact]
    public async Task Unknown_user_gets_the_same_message_as_a_wrong_password()
    {
        using var client = factory.NewClient();

        using var response = await client.TrySignInAsync("ingen.alls", Demo.Password);

        var page = await HtmlPage.ReadAsync(response);
        AssertPage.HasError(page, "Fel användarnamn eller lösenord.");
    }

    [Fact]
    public async Task Empty_fields_are_named_next_to_each_field()
    {
        using var client = factory.NewClient();

        using var response = await client.TrySignInAsync(string.Empty, string.Empty);

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal("Skriv ditt användarnamn.", page.FieldError("Input.UserName"));
        Assert.Equal("Skriv ditt lösenord.", page.FieldError("Input.Password"));
    }

    [Fact]
    public async Task Account_is_locked_after_five_failed_attempts_even_for_the_right_password()
    {
        // sara.ali is used by no other test, so the lockout cannot disturb them.
        using var client = factory.NewClient();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var failed = await client.TrySignInAsync(Demo.Sara, $"fel-{attempt}-lösenord");
            AssertPage.HasError(await HtmlPage.ReadAsync(failed), "Fel användarnamn eller lösenord.");
        }

        using var fifth = await client.TrySignInAsync(Demo.Sara, "fel-5-lösenord");
        AssertPage.HasError(await HtmlPage.ReadAsync(fifth), "Kontot är tillfälligt låst");

        using var right = await client.TrySignInAsync(Demo.Sara, Demo.Password);
        var page = await HtmlPage.ReadAsync(right);
        AssertPage.Ok(page);
        AssertPage.HasError(page, "Kontot är tillfälligt låst");
        using var list = await client.GetAsync(new Uri("/", UriKind.Relative));
        AssertPage.Redirects(list, "/account/login");
    }

    [Fact]
    public async Task User_with_two_assignments_chooses_the_unit_after_signing_in()
    {
        using var client = factory.NewClient();

        using var response = await client.TrySignInAsync(Demo.Eva);

        AssertPage.Redirects(response, "/account/unit");
        var choose = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        AssertPage.Ok(choose);
        Assert.Contains("Psykiatrisk öppenvård Uppsala", choose.MainText, StringComparison.Ordinal);
        Assert.Contains("Vårdcentralen Gottsunda", choose.MainText, StringComparison.Ordinal);

        await client.SignInForUnitAsync(Demo.Eva, "Vårdcentralen Gottsunda");
        var list = await client.GetPageAsync("/");
        Assert.Contains("Vårdcentralen Gottsunda", list.Document.QuerySelector("header .session")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unit_that_is_not_one_of_the_users_assignments_cannot_be_chosen()
    {
        using var client = factory.NewClient();
        await client.SignInAsync(Demo.Eva);

        using var response = await client.SubmitFormAsync("/account/unit", form => form.Set("unitId", Demo.Units.FkUppsala.ToString()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        using var client = factory.NewClient();
        await client.SignInAsync(Demo.Anna);
        var list = await client.GetPageAsync("/");
        AssertPage.Ok(list);

        // The header form's own token is checked by Header_forms_carry_the_anti_forgery_token.
        var signOut = await client.WithAntiforgeryTokenAsync(list.Form("form[action='/account/logout']"));
        using var response = await signOut.PostAsync(client);

        AssertPage.Redirects(response, "/account/login");
        using var after = await client.GetAsync(new Uri("/", UriKind.Relative));
        AssertPage.Redirects(after, "/account/login");
    }

    [Fact]
    public async Task Header_forms_carry_the_anti_forgery_token()
    {
        using var client = factory.NewClient();
        var login = await client.GetPageAsync("/account/login");
        await client.SignInAsync(Demo.Anna);
        var list = await client.GetPageAsync("/");

        // Without the token the app answers 400: nobody could sign out or switch language.
        Assert.True(login.Form("form.language-form").HasField(HtmlForm.AntiforgeryField), "The language form on the sign-in page has no anti-forgery token.");
        Assert.True(list.Form("form.language-form").HasField(HtmlForm.AntiforgeryField), "The language form in the header has no anti-forgery token.");
        Assert.True(list.Form("form[action='/account/logout']").HasField(HtmlForm.AntiforgeryField), "The sign-out form in the header has no anti-forgery token.");
    }

    [Fact]
    public async Task Sign_out_without_the_anti_forgery_token_is_refused()
    {
        using var client = factory.NewClient();
        await client.SignInAsync(Demo.Anna);

        using var response = await client.PostAsync(new Uri("/account/logout", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var list = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }
}
