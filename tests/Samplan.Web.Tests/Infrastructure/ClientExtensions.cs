using System.Net;

namespace Samplan.Web.Tests.Infrastructure;

/// <summary>What a person does in a browser, as steps over HTTP.</summary>
public static class ClientExtensions
{
    public static async Task<HtmlPage> GetPageAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        return await HtmlPage.ReadAsync(response);
    }

    /// <summary>GETs <paramref name="url"/>, fills its form (see <see cref="HtmlPage.Form"/>) and posts it.</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string url, Action<HtmlForm>? fill = null, string? formSelector = null)
    {
        var page = await client.GetPageAsync(url);
        if (page.Status != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Expected a form at {url}, got {page}");
        }

        var form = page.Form(formSelector);
        fill?.Invoke(form);
        return await form.PostAsync(client);
    }

    /// <summary>Gives a form that lacks one the user's anti-forgery token, taken from the sign-in form
    /// (tokens belong to the user and cookie, not to one form). For testing what a form does apart
    /// from whether it renders its own token.</summary>
    public static async Task<HtmlForm> WithAntiforgeryTokenAsync(this HttpClient client, HtmlForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.HasField(HtmlForm.AntiforgeryField))
        {
            return form;
        }

        var source = await client.GetPageAsync("/account/login");
        var token = source.Form().Values.FirstOrDefault(v => v.Key == HtmlForm.AntiforgeryField).Value
            ?? throw new InvalidOperationException("The sign-in form has no anti-forgery token either.");
        return form.Set(HtmlForm.AntiforgeryField, token);
    }

    /// <summary>Signs in and fails the test unless the app lets the user in.</summary>
    public static async Task SignInAsync(this HttpClient client, string userName, string password = Demo.Password)
    {
        using var response = await client.TrySignInAsync(userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.StartsWith("/account/login", StringComparison.Ordinal) == true)
        {
            var page = await HtmlPage.ReadAsync(response);
            throw new InvalidOperationException($"Sign-in as {userName} failed: {page} Errors: {string.Join(" | ", page.ErrorSummary)}");
        }
    }

    /// <summary>Posts the sign-in form; the caller looks at the answer.</summary>
    public static Task<HttpResponseMessage> TrySignInAsync(this HttpClient client, string userName, string password = Demo.Password, string url = "/account/login") =>
        client.SubmitFormAsync(url, form => form.Set("Input.UserName", userName).Set("Input.Password", password));

    /// <summary>Signs in a user with several assignments and chooses the unit whose label contains <paramref name="unitName"/>.</summary>
    public static async Task SignInForUnitAsync(this HttpClient client, string userName, string unitName)
    {
        await client.SignInAsync(userName);
        var page = await client.GetPageAsync("/account/unit");
        var radio = page.Document.QuerySelectorAll("main input[type=radio][name=unitId]")
            .FirstOrDefault(r => page.Document.QuerySelector($"label[for='{r.Id}']")?.TextContent.Contains(unitName, StringComparison.Ordinal) == true)
            ?? throw new InvalidOperationException($"{userName} has no unit named {unitName}: {page}");
        using var response = await page.Form().Set("unitId", radio.GetAttribute("value")!).PostAsync(client);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Choosing {unitName} failed: {await HtmlPage.ReadAsync(response)}");
        }
    }

    /// <summary>Starts a SIP through /cases/new and returns the new case's id.</summary>
    public static async Task<Guid> StartCaseAsync(this HttpClient client, TestPersonnummer personnummer, string reason = "Behöver samordnat stöd från vårdcentral och hemtjänst.", string givenName = "Test", string familyName = "Testperson")
    {
        ArgumentNullException.ThrowIfNull(personnummer);
        using var response = await client.SubmitFormAsync("/cases/new", form => form
            .Set("Input.Personnummer", personnummer.WithHyphen)
            .Set("Input.GivenName", givenName)
            .Set("Input.FamilyName", familyName)
            .Set("Input.Reason", reason));
        var location = response.Headers.Location?.OriginalString;
        if (response.StatusCode != HttpStatusCode.Redirect || location is null || !location.StartsWith("/cases/", StringComparison.Ordinal))
        {
            var page = await HtmlPage.ReadAsync(response);
            throw new InvalidOperationException($"Starting a case failed: {page} Errors: {string.Join(" | ", page.ErrorSummary)}");
        }

        return Guid.Parse(location["/cases/".Length..]);
    }

    /// <summary>The path a redirect points to, without query string.</summary>
    public static string? RedirectPath(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var location = response.Headers.Location;
        if (location is null)
        {
            return null;
        }

        var text = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
        var query = text.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? text : text[..query];
    }
}
