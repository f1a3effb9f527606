using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Samplan.Web.Localization;

public static class CultureSetup
{
    public static readonly string[] Supported = ["sv-SE", "en"];

    /// <summary>The language cookie follows the session cookies (IdentitySetup): __Host- prefixed
    /// outside development, so no subdomain can plant or read it.</summary>
    public static string CookieName(IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return (environment.IsDevelopment() ? string.Empty : "__Host-") + "samplan-lang";
    }

    public static CookieOptions CookieOptions(IHostEnvironment environment, DateTimeOffset expires)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return new CookieOptions { Expires = expires, HttpOnly = true, SameSite = SameSiteMode.Strict, IsEssential = true, Secure = !environment.IsDevelopment(), Path = "/" };
    }

    public static IApplicationBuilder UseSamplanCultures(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var environment = app.ApplicationServices.GetRequiredService<IWebHostEnvironment>();
        var cultures = Supported.Select(c => new CultureInfo(c)).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("sv-SE"),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
        };
        // Only an explicit choice (query or cookie; for the API also Accept-Language) switches
        // language; Swedish is the default.
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider(),
            new CookieRequestCultureProvider { CookieName = CookieName(environment) },
            Features.Api.ApiSetup.AcceptLanguageForApi,
        ];
        return app.UseRequestLocalization(options);
    }
}
