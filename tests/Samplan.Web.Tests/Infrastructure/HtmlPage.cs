using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Samplan.Web.Tests.Infrastructure;

/// <summary>A fetched page, parsed, with what tests read from it: errors, fields, forms.</summary>
public sealed class HtmlPage
{
    private static readonly HtmlParser Parser = new();

    private HtmlPage(Uri url, HttpStatusCode status, string html)
    {
        Url = url;
        Status = status;
        Html = html;
        Document = Parser.ParseDocument(html);
    }

    public Uri Url { get; }

    public HttpStatusCode Status { get; }

    public string Html { get; }

    public IHtmlDocument Document { get; }

    /// <summary>The visible text of the main element (or the whole body), whitespace collapsed.</summary>
    public string MainText => Collapse((Document.QuerySelector("main") ?? Document.Body)?.TextContent);

    /// <summary>The messages in the error summary at the top of a form (.error-summary li).</summary>
    public IReadOnlyList<string> ErrorSummary =>
        [.. Document.QuerySelectorAll(".error-summary li").Select(li => Collapse(li.TextContent)).Where(t => t.Length > 0)];

    /// <summary>Every non-empty message shown next to a field.</summary>
    public IReadOnlyList<string> FieldErrors =>
        [.. Document.QuerySelectorAll(".field-error").Select(e => Collapse(e.TextContent)).Where(t => t.Length > 0)];

    public static async Task<HtmlPage> ReadAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlPage(response.RequestMessage?.RequestUri ?? new Uri("https://localhost/"), response.StatusCode, html);
    }

    /// <summary>The message next to one field (the span that asp-validation-for renders), or null.</summary>
    public string? FieldError(string fieldName)
    {
        var span = Document.QuerySelectorAll("[data-valmsg-for]")
            .FirstOrDefault(e => e.GetAttribute("data-valmsg-for") == fieldName);
        var text = Collapse(span?.TextContent);
        return text.Length == 0 ? null : text;
    }

    /// <summary>The current value of a named input, textarea or select, as the browser would post it.</summary>
    public string? FieldValue(string fieldName)
    {
        var element = Document.QuerySelectorAll("input, textarea, select")
            .FirstOrDefault(e => e.GetAttribute("name") == fieldName && !IsUncheckedChoice(e));
        return element switch
        {
            IHtmlTextAreaElement area => area.Value,
            IHtmlSelectElement select => select.SelectedOptions.FirstOrDefault()?.Value ?? select.Options.FirstOrDefault()?.Value,
            IHtmlInputElement input => input.Value,
            _ => null,
        };
    }

    /// <summary>The form matched by <paramref name="selector"/>, or the first form posting from main.</summary>
    public HtmlForm Form(string? selector = null)
    {
        var element = selector is null
            ? Document.QuerySelectorAll("main form").OfType<IHtmlFormElement>().FirstOrDefault(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase))
            : Document.QuerySelector(selector) as IHtmlFormElement;
        if (element is null)
        {
            throw new InvalidOperationException($"No form {(selector ?? "posting from main")} on {Url} (HTTP {(int)Status}). Text: {Shorten(MainText)}");
        }

        return new HtmlForm(element, Url);
    }

    public IReadOnlyList<string> Links(string selector = "a") =>
        [.. Document.QuerySelectorAll(selector).Select(a => a.GetAttribute("href") ?? string.Empty)];

    public override string ToString() => $"{Url} (HTTP {(int)Status}): {Shorten(MainText)}";

    internal static string Collapse(string? text) =>
        string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool IsUncheckedChoice(IElement e) =>
        e is IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false };

    private static string Shorten(string text) => text.Length > 600 ? text[..600] + " …" : text;
}
