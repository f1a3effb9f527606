using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Admin;

/// <summary>The administration start page: staff and units of the administrator's organisation.</summary>
[Authorize(Policy = SamplanRoles.UnitAdmin)]
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
