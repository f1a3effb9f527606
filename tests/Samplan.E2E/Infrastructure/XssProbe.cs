using System.Text.Json;
using Microsoft.Playwright;

namespace Samplan.E2E.Infrastructure;

/// <summary>
/// Watches one page for stored XSS: a dialog opening, a script setting <c>window.__xss</c>, markup
/// from user text turning into elements or attributes, and Content-Security-Policy reports in the
/// console (a CSP report on a page that should hold nothing executable means something was
/// injected and only the policy stopped it).
/// </summary>
internal sealed class XssProbe
{
    /// <summary>Elements and attributes that user text must never become. Samplan serves no
    /// scripts at all, so any script element in the body is foreign.</summary>
    private const string InjectedSelector =
        "body script, iframe, object, embed, img[src='x'], svg[onload], [onerror], [onload], [onmouseover], [onfocus], "
        + "a[href^='javascript:' i], [src^='javascript:' i], [action^='javascript:' i], [formaction^='javascript:' i]";

    private readonly List<string> dialogs = [];
    private readonly List<string> cspReports = [];
    private readonly List<string> pageErrors = [];

    public XssProbe(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        Page = page;
        page.Dialog += (_, dialog) =>
        {
            lock (dialogs)
            {
                dialogs.Add($"{dialog.Type}: {dialog.Message} (on {page.Url})");
            }

            _ = dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
                || message.Text.Contains("Content-Security-Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (cspReports)
                {
                    cspReports.Add($"{message.Type}: {message.Text} (on {page.Url})");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (pageErrors)
            {
                pageErrors.Add($"{error} (on {page.Url})");
            }
        };
    }

    public IPage Page { get; }

    /// <summary>CSP reports seen so far (empty when the context bypasses CSP).</summary>
    public IReadOnlyList<string> CspReports
    {
        get
        {
            lock (cspReports)
            {
                return [.. cspReports];
            }
        }
    }

    /// <summary>Nothing ran, nothing was injected, and every expected text is on the page as
    /// text (document.body.innerText), character for character.</summary>
    public async Task AssertInertAsync(string where, params IEnumerable<string> expectedTexts)
    {
        ArgumentNullException.ThrowIfNull(expectedTexts);
        await AssertNothingRanAsync(where);
        var text = await Page.EvaluateAsync<string>("() => document.body.innerText");
        var missing = expectedTexts.Where(t => !text.Contains(t, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0,
            $"{where}: these texts are not shown as text on {Page.Url}:{Environment.NewLine}  "
            + string.Join(Environment.NewLine + "  ", missing));
    }

    /// <summary>No dialog, no <c>window.__xss</c>, no element or attribute made from user text.</summary>
    public async Task AssertNothingRanAsync(string where)
    {
        string[] seenDialogs;
        lock (dialogs)
        {
            seenDialogs = [.. dialogs];
        }

        Assert.True(seenDialogs.Length == 0, $"{where}: a dialog was opened: {string.Join("; ", seenDialogs)}");
        var marker = await Page.EvaluateAsync<JsonElement>("() => typeof window.__xss === 'undefined' ? null : String(window.__xss)");
        Assert.True(marker.ValueKind == JsonValueKind.Null, $"{where}: window.__xss is set ({marker}) on {Page.Url}: a payload ran.");
        var injected = await Page.EvaluateAsync<string[]>(
            "selector => Array.from(document.querySelectorAll(selector)).map(e => e.outerHTML.slice(0, 200))", InjectedSelector);
        Assert.True(injected.Length == 0,
            $"{where}: user text became markup on {Page.Url}:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", injected));
        string[] errors;
        lock (pageErrors)
        {
            errors = [.. pageErrors];
        }

        Assert.True(errors.Length == 0, $"{where}: script errors on the page (something ran): {string.Join("; ", errors)}");
    }

    /// <summary>Each field holds exactly the text typed into it (so it was neither lost, cut at a
    /// quote, nor decoded twice).</summary>
    public static async Task AssertValuesAsync(params IEnumerable<(ILocator Field, string Value)> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var (field, value) in fields)
        {
            await Assertions.Expect(field).ToHaveValueAsync(value);
        }
    }
}
