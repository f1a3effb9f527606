using System.Net;
using AngleSharp.Html.Parser;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Security;

/// <summary>
/// Pages with personal data stay out of caches and frames and run no foreign or inline script
/// (docs/security.md "Hardening"): Cache-Control no-store, a Content-Security-Policy without
/// 'unsafe-inline', X-Content-Type-Options nosniff, X-Frame-Options DENY. The pages also carry no
/// inline script or style, which such a policy would block.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class HeadersTests(SamplanFactory factory)
{
    private const string Gunnel = "0d000000-0000-0000-0000-000000000001";
    private const string Mikael = "0d000000-0000-0000-0000-000000000002";
    private const string Elsa = "0d000000-0000-0000-0000-000000000003";
    private const string Liam = "0d000000-0000-0000-0000-000000000004";
    private const string Sven = "0d000000-0000-0000-0000-000000000005";

    public static TheoryData<string, string> PagesWithPersonalData => new()
    {
        { Demo.Anna, "/" },
        { Demo.Anna, "/?show=All&q=Karlsson" },
        { Demo.Anna, "/cases/new" },
        { Demo.Anna, $"/cases/{Sven}" },
        { Demo.Anna, $"/cases/{Sven}/plan/print" },
        { Demo.Anna, $"/cases/{Sven}/follow-up" },
        { Demo.Anna, $"/cases/{Sven}/close" },
        { Demo.Anna, $"/cases/{Sven}/consent/withdraw" },
        { Demo.Anna, $"/cases/{Sven}/protected-identity" },
        { Demo.Anna, $"/cases/{Gunnel}/consent" },
        { Demo.Anna, $"/cases/{Elsa}/preparation" },
        { Demo.Anna, $"/cases/{Elsa}/invitation" },
        { Demo.Anna, $"/cases/{Liam}/meeting" },
        { Demo.Anna, $"/cases/{Mikael}/plan" },
        { Demo.Eva, $"/cases/{Mikael}/plan/agree" }, // the convener agrees the plan (R-PLAN-10)
        { Demo.Anna, $"/cases/{Mikael}/plan/print?version=1" },
        { "ulla.bjork", "/audit" },
        { "ulla.bjork", "/audit/person?Pnr=19521130-5130" },
        { "ulla.bjork", "/audit/review" },
        { "nils.strom", "/admin/staff" },
        { "nils.strom", "/admin/staff?q=anna" },
    };

    [Theory]
    [MemberData(nameof(PagesWithPersonalData))]
    public async Task Pages_with_personal_data_are_not_cached_framed_sniffed_or_open_to_inline_script(string userName, string url)
    {
        var client = await factory.PooledClientAsync(userName);

        using var response = await client.GetUrlAsync(url);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} as {userName}: {(int)response.StatusCode}");
        await AssertHardenedAsync(response, url);
    }

    [Theory]
    [InlineData("/cases/00000000-0000-0000-0000-00000000abcd", HttpStatusCode.NotFound)]
    [InlineData($"/cases/{Sven}/consent", HttpStatusCode.Redirect)]
    [InlineData("/account/login", HttpStatusCode.OK)]
    public async Task Refusals_redirects_and_the_sign_in_page_carry_the_same_headers(string url, HttpStatusCode status)
    {
        var anna = await factory.PooledClientAsync(Demo.Anna);
        using var anonymous = factory.NewClient();

        using var signedIn = await anna.GetUrlAsync(url);
        using var signedOut = await anonymous.GetUrlAsync(url);

        Assert.Equal(status, signedIn.StatusCode);
        await AssertHardenedAsync(signedIn, url);
        await AssertHardenedAsync(signedOut, url + " (signed out)");
    }

    private static async Task AssertHardenedAsync(HttpResponseMessage response, string url)
    {
        Assert.True(response.Headers.CacheControl?.NoStore == true, $"{url}: Cache-Control is '{response.Headers.CacheControl}'");
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var policies), $"{url}: no Content-Security-Policy");
        var policy = string.Join(";", policies!);
        Assert.DoesNotContain("'unsafe-inline'", policy, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("'unsafe-eval'", policy, StringComparison.OrdinalIgnoreCase);
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("default-src 'self'", directives);
        Assert.Contains("script-src 'self'", directives);
        Assert.Contains("frame-ancestors 'none'", directives);
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));

        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            Assert.Empty(document.QuerySelectorAll("script:not([src])"));
            Assert.Empty(document.QuerySelectorAll("style, [style]"));
            Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        }
    }

    private static string Single(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) ? string.Join(",", values) : string.Empty;
}
