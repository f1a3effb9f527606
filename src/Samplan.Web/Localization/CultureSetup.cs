using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Samplan.Web.Localization;

public static class CultureSetup
{
    public static readonly string[] Supported = ["sv-SE", "en"];

    public static IApplicationBuilder UseSamplanCultures(this IApplicationBuilder app)
    {
        var cultures = Supported.Select(c => new CultureInfo(c)).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("sv-SE"),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
        };
        // Only an explicit choice (query or cookie) switches language; Swedish is the default.
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider(),
            new CookieRequestCultureProvider(),
        ];
        return app.UseRequestLocalization(options);
    }
}
