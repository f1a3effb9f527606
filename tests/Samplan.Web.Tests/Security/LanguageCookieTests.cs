using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Security;

/// <summary>The language cookie is set like the session cookies (docs/security.md "Sign-in and
/// sessions"): __Host- prefixed, Secure, HttpOnly, SameSite=Strict, path /, no domain; and the
/// choice it carries still switches the language.</summary>
[Collection(SecurityCollection.Name)]
public sealed class LanguageCookieTests(SamplanFactory factory)
{
    [Fact]
    public async Task The_language_cookie_has_the_same_prefix_and_flags_as_the_session_cookie()
    {
        using var client = factory.NewClient();
        var page = await client.GetPageAsync("/account/login");
        var form = page.Form("form.language-form").Set("culture", "en");

        using var response = await form.PostAsync(client);

        var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        var language = cookies.SingleOrDefault(c => c.Contains("samplan-lang=", StringComparison.Ordinal));
        Assert.True(language is not null, "no language cookie among: " + string.Join(" | ", cookies));
        Assert.StartsWith("__Host-samplan-lang=", language, StringComparison.Ordinal);
        var flags = language.Split(';').Skip(1).Select(f => f.Trim().ToLowerInvariant()).ToList();
        Assert.Contains("secure", flags);
        Assert.Contains("httponly", flags);
        Assert.Contains("samesite=strict", flags);
        Assert.Contains("path=/", flags);
        Assert.DoesNotContain(flags, f => f.StartsWith("domain=", StringComparison.Ordinal));
        Assert.DoesNotContain(cookies, c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal));

        var english = await client.GetPageAsync("/account/login");
        Assert.Equal("en", english.Document.DocumentElement.GetAttribute("lang"));
    }
}

/// <summary>The page's language and writing direction come from the culture.</summary>
public sealed class PageLanguageTests
{
    [Theory]
    [InlineData("sv-SE", "sv", "ltr")]
    [InlineData("en", "en", "ltr")]
    [InlineData("ar", "ar", "rtl")]
    [InlineData("fa", "fa", "rtl")]
    public void Lang_and_dir_follow_the_culture(string culture, string lang, string dir)
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal(lang, Samplan.Web.Localization.L.Language);
            Assert.Equal(dir, Samplan.Web.Localization.L.Direction);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }
}
