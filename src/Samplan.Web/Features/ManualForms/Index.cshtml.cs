using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Samplan.Web.Features.ManualForms;

/// <summary>Blank invitation and planning forms for the manual routine (R-PROT-1, R-CALL-6).
/// They hold no personal data, so every signed-in professional may print them.</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
