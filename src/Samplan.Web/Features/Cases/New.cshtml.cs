using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.People;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;
using Samplan.Web.Infrastructure.Input;
using Samplan.Web.Localization;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Cases;

/// <summary>Starts a SIP: the initiative with its reason (R-INIT-1..2).</summary>
public sealed class NewModel(SamplanDbContext db, CaseRepository cases, CurrentStaff staff, SwedishClock clock, AuditLog audit, Microsoft.Extensions.Options.IOptions<SamplanOptions> options) : PageModel
{
    [BindProperty]
    public NewCaseInput Input { get; set; } = new();

    /// <summary>Set when the person has protected identity: the page offers the paper forms.</summary>
    public bool ProtectedIdentityRefused { get; private set; }

    public void OnGet() => Input.NeedIdentifiedOn = clock.Today;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var parsed = Personnummer.Parse(Input.Personnummer, clock.Today);
        if (parsed.Error is { } error)
        {
            ModelState.AddModelError("Input.Personnummer", EnumText.Of(error));
        }

        if (Input.NeedIdentifiedOn is null)
        {
            ModelState.AddModelError("Input.NeedIdentifiedOn", T("Ange när behovet uppmärksammades.", "Give when the need was identified."));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var number = parsed.Value!;
        // Only the acting organisation's own register is looked in: whether another organisation
        // has the person, under which name, or marked them protected, is never revealed here.
        var organisation = staff.OrganisationId;
        var individual = await db.Individuals.SingleOrDefaultAsync(i => i.Personnummer == number && i.OrganisationId == organisation, cancellationToken);
        try
        {
            individual ??= RegisterNew(number);
            var sipCase = SipCase.Initiate(Guid.NewGuid(), individual,
                new Initiative(Input.Reason ?? string.Empty, Input.NeedIdentifiedOn!.Value, Input.DischargeReadyOn, Input.NoticedBy) { FirstContactDays = options.Value.FirstContactDays },
                staff.Ref, clock.Now);
            await cases.AddAsync(sipCase, cancellationToken);
            return Redirect($"/cases/{sipCase.Id}");
        }
        catch (DomainRuleException ex)
        {
            ProtectedIdentityRefused = ex.Has("case.protected-identity");
            ModelState.AddRuleViolations(ex);
            await audit.WriteAsync(ProtectedIdentityRefused ? AuditAction.ProtectedIdentityRefused : AuditAction.CaseChanged, AuditOutcome.Refused,
                individualId: individual is not null && db.Entry(individual).State != EntityState.Added ? individual.Id : null,
                detail: string.Join(",", ex.Violations.Select(v => v.Code)), cancellationToken: cancellationToken);
            return Page();
        }
    }

    private Individual RegisterNew(Personnummer number)
    {
        var individual = Individual.Register(Guid.NewGuid(), number, Input.GivenName ?? string.Empty, Input.FamilyName ?? string.Empty, organisationId: staff.OrganisationId);
        db.Individuals.Add(individual);
        return individual;
    }
}

public sealed class NewCaseInput
{
    [FieldLimit(FieldLimitAttribute.Line)]
    public string? Personnummer { get; set; }

    [FieldLimit(FieldLimitAttribute.Line)]
    public string? GivenName { get; set; }

    [FieldLimit(FieldLimitAttribute.Line)]
    public string? FamilyName { get; set; }

    public string? Reason { get; set; }

    public DateOnly? NeedIdentifiedOn { get; set; }

    public DateOnly? DischargeReadyOn { get; set; }

    [FieldLimit(FieldLimitAttribute.Line)]
    public string? NoticedBy { get; set; }
}
