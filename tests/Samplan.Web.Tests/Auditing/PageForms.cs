using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Auditing;

/// <summary>What the shared helpers do not cover: forms with several submit buttons (Razor's
/// asp-page-handler puts the handler in the button's formaction), table rows, and denial checks.</summary>
public static class PageForms
{
    /// <summary>Posts the form holding the submit button for <paramref name="handler"/> to that
    /// button's formaction, as a browser does when the button is clicked.</summary>
    public static async Task<HttpResponseMessage> ClickAsync(this HttpClient client, HtmlPage page, string handler, Action<HtmlForm>? fill = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(page);
        var button = page.Document.QuerySelectorAll("main button[formaction]")
            .FirstOrDefault(b => b.GetAttribute("formaction")!.EndsWith("handler=" + handler, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No button for handler {handler} on {page}");
        var formElement = button.Closest("form") ?? throw new InvalidOperationException($"The {handler} button is outside a form on {page}");
        var form = new HtmlForm((IHtmlFormElement)formElement, page.Url);
        fill?.Invoke(form);
        using var content = new FormUrlEncodedContent(form.Values);
        return await client.PostAsync(new Uri(page.Url, button.GetAttribute("formaction")), content);
    }

    /// <summary>The text of each cell of each body row of the tables matched by <paramref name="selector"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Rows(this HtmlPage page, string selector = "main table")
    {
        ArgumentNullException.ThrowIfNull(page);
        return [.. page.Document.QuerySelectorAll(selector)
            .SelectMany(t => t.QuerySelectorAll("tbody tr"))
            .Select(tr => (IReadOnlyList<string>)[.. tr.QuerySelectorAll("td").Select(td => HtmlPage.Collapse(td.TextContent))])];
    }

    /// <summary>The sequence numbers in the first column of the audit event table.</summary>
    public static IReadOnlyList<long> Sequences(this HtmlPage page) =>
        [.. page.Rows().Select(r => long.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>A signed-in user without the page's role is sent to /account/denied, which answers 403.</summary>
    public static async Task AssertDeniedAsync(this HttpClient client, HttpResponseMessage response, string what)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(response);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.RedirectPath() == "/account/denied",
            $"{what}: expected a redirect to /account/denied, got HTTP {(int)response.StatusCode} {response.Headers.Location}");
        using var denied = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }
}
