using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Samplan.Data;
using Samplan.Data.Identity;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Audit;

/// <summary>Searches the organisation's access log by person, user, unit, period, event and outcome.</summary>
[Authorize(Policy = SamplanRoles.Auditor)]
public sealed class IndexModel(SamplanDbContext db, UserManager<StaffUser> users, AuditLog audit, CurrentStaff staff, SwedishClock clock, UnitDirectory units) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AuditSearchInput Input { get; set; } = new();

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    public AuditSearchPage? Result { get; private set; }

    public IReadOnlyList<AuditEventRow> Rows { get; private set; } = [];

    public string PageUrl(int pageNumber) => QueryHelpers.AddQueryString("/audit", Input.QueryFor(pageNumber));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (staff.OrganisationId is not { } organisation)
        {
            return Forbid();
        }

        Units = (await units.AllAsync(cancellationToken)).Where(u => u.OrganisationId == organisation).ToList();
        var filter = await FilterAsync(organisation, cancellationToken);
        if (filter is null || !ModelState.IsValid)
        {
            return Page();
        }

        Result = await new AuditEventSearch(db).RunAsync(filter, Input.PageNumber, cancellationToken: cancellationToken);
        Rows = await new AuditEventRows(db, units, audit).DescribeAsync(Result.Events, filter.IndividualId, cancellationToken);
        // The search itself is an access to personal data; only the filter's shape is logged.
        await audit.WriteAsync(AuditAction.AuditSearched, AuditOutcome.Success, individualId: filter.IndividualId,
            detail: $"search; {filter.Shape}; page={Result.Page}; rows={Rows.Count}", cancellationToken: cancellationToken);
        return Page();
    }

    private async Task<AuditEventFilter?> FilterAsync(Guid organisation, CancellationToken cancellationToken)
    {
        Guid? individualId = null;
        IReadOnlyList<Guid> samePerson = [];
        if (!string.IsNullOrWhiteSpace(ModelState.ValidOrNull(Input.Pnr, nameof(Input.Pnr))))
        {
            var person = await new PersonLookup(db).FindAsync(Input.Pnr, clock.Today, organisation, cancellationToken);
            if (person.Error is { } error)
            {
                ModelState.AddModelError(nameof(Input.Pnr), error);
            }

            individualId = person.Individual?.Id;
            samePerson = person.RecordIds;
        }

        string? userId = null;
        // A name that failed validation (a NUL byte) already has its message and is not looked up.
        if (!string.IsNullOrWhiteSpace(ModelState.ValidOrNull(Input.User, nameof(Input.User))))
        {
            var user = await new UserLookup(users).FindAsync(Input.User!);
            if (user.Error is { } error)
            {
                ModelState.AddModelError(nameof(Input.User), error);
            }

            userId = user.User?.Id;
        }

        if (Input.Unit is { } unit && Units.All(u => u.Id != unit))
        {
            ModelState.AddModelError(nameof(Input.Unit), T("Välj en enhet i din organisation.", "Choose a unit of your organisation."));
        }

        if (Input.Code is { } code && !Enum.IsDefined(typeof(AuditAction), code))
        {
            ModelState.AddModelError(nameof(Input.Code), T("Välj en händelse i listan.", "Choose an event from the list."));
        }

        if (Input.Outcome is { } outcome && !AuditTexts.Outcomes.Contains(outcome))
        {
            ModelState.AddModelError(nameof(Input.Outcome), T("Välj ett utfall i listan.", "Choose an outcome from the list."));
        }

        AuditPeriod.Validate(ModelState, Input.From, Input.To, nameof(Input.To));
        return ModelState.IsValid
            ? new AuditEventFilter(organisation, new AuditPeriod(Input.From, Input.To), individualId, userId, Input.Unit, Input.Code, Input.Outcome, samePerson)
            : null;
    }
}
