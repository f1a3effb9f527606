using System.Net;

namespace Samplan.Web.Tests.Infrastructure;

/// <summary>Assertions whose failure messages show what the page said.</summary>
public static class AssertPage
{
    public static void Redirects(HttpResponseMessage response, string expectedPath)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Expected a redirect to {expectedPath}, got HTTP {(int)response.StatusCode}: {Body(response)}");
        Assert.Equal(expectedPath, response.RedirectPath());
    }

    public static void Ok(HtmlPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        Assert.True(page.Status == HttpStatusCode.OK, $"Expected 200, got {page}");
    }

    public static void HasError(HtmlPage page, string expectedStart)
    {
        ArgumentNullException.ThrowIfNull(page);
        Assert.True(page.ErrorSummary.Any(e => e.StartsWith(expectedStart, StringComparison.Ordinal)),
            $"Expected an error starting \"{expectedStart}\" in the summary; it held [{string.Join(" | ", page.ErrorSummary)}]. Page: {page}");
    }

    private static string Body(HttpResponseMessage response)
    {
        var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        return text.Length > 600 ? text[..600] : text;
    }
}
