using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samplan.Web.Localization;

namespace Samplan.Web.Features.Account;

[AllowAnonymous]
public sealed class LanguageModel(IWebHostEnvironment environment, TimeProvider time) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        var chosen = CultureSetup.Supported.Contains(culture) ? culture! : CultureSetup.Supported[0];
        Response.Cookies.Append(
            CultureSetup.CookieName(environment),
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            CultureSetup.CookieOptions(environment, time.GetUtcNow().AddYears(1)));
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
