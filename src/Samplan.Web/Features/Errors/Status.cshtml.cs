using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samplan.Web.Authorization;

namespace Samplan.Web.Features.Errors;

/// <summary>A readable page for error statuses. A 404 says the same whether the thing does not
/// exist or the user may not see it, so it reveals nothing. A 403 says why the unit may not do
/// what it asked on a case it sees.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    /// <summary>Why a case page refused the acting unit, set by that page in the same request; a
    /// request straight to /status/403 has none and says nothing about any case.</summary>
    public CaseRefusalNotice? Refusal { get; private set; }

    public void OnGet(int code) => Show(code);

    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        Code = code;
        Refusal = HttpContext.Items[CaseRefusalNotice.Key] as CaseRefusalNotice;
    }
}
