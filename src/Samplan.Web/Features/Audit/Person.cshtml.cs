using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.People;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Audit;

/// <summary>The log extract for one person: unit and time of every access in the organisation
/// (Patientdatalagen 8 kap. 5 §), printable.</summary>
[Authorize(Policy = SamplanRoles.Auditor)]
public sealed class PersonModel(SamplanDbContext db, AuditLog audit, CurrentStaff staff, SwedishClock clock, UnitDirectory units) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public PersonExtractInput Input { get; set; } = new();

    public Individual? Individual { get; private set; }

    public PersonExtract? Extract { get; private set; }

    public IReadOnlyList<AuditEventRow> Rows { get; private set; } = [];

    public string OrganisationName { get; private set; } = string.Empty;

    public string MadeBy => staff.Name;

    public DateTimeOffset MadeAt { get; private set; }

    public AuditPeriod Period => new(Input.From, Input.To);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (staff.OrganisationId is not { } organisation)
        {
            return Forbid();
        }

        if (string.IsNullOrWhiteSpace(Input.Pnr) && ModelState.IsValid)
        {
            return Page();
        }

        var person = await new PersonLookup(db).FindAsync(Input.Pnr, clock.Today, organisation, cancellationToken);
        if (person.Error is { } error)
        {
            ModelState.AddModelError(nameof(Input.Pnr), error);
        }

        AuditPeriod.Validate(ModelState, Input.From, Input.To, nameof(Input.To));
        if (!ModelState.IsValid || person.Individual is null)
        {
            return Page();
        }

        Individual = person.Individual;
        OrganisationName = await db.Organisations.Where(o => o.Id == organisation).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken) ?? string.Empty;
        Extract = await new PersonAccessExtract(db).RunAsync(organisation, Individual.Id, Period, cancellationToken, person.RecordIds);
        Rows = await new AuditEventRows(db, units, audit).DescribeAsync(Extract.Events, Individual.Id, cancellationToken);
        MadeAt = clock.Now;
        await audit.WriteAsync(AuditAction.AuditExtractForPerson, AuditOutcome.Success, individualId: Individual.Id,
            detail: $"extract; from={Localization.L.Date(Input.From)}; to={Localization.L.Date(Input.To)}; rows={Rows.Count}; total={Extract.Total}", cancellationToken: cancellationToken);
        return Page();
    }
}
