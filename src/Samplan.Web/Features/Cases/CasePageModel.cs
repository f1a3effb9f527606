using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samplan.Domain.Access;
using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.People;
using Samplan.Web.Auditing;
using Samplan.Web.Authorization;
using Samplan.Web.Infrastructure;
using Samplan.Web.Localization;

namespace Samplan.Web.Features.Cases;

/// <summary>
/// Base of every page about one case: it loads the case only for a participating unit (404
/// otherwise), lets the page's <see cref="Operation"/> through only when the unit's relation to the
/// case allows it (403 with the reason otherwise), applies one domain transition, and saves with
/// an optimistic concurrency check.
/// </summary>
public abstract class CasePageModel(CaseRepository cases) : PageModel
{
    /// <summary>The case, from the route only: a posted field named Id must not send the change
    /// to another case than the one in the address.</summary>
    [BindProperty(SupportsGet = true)]
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The version of the page's <see cref="Part"/> the user started from, posted back with every form.</summary>
    [BindProperty]
    public int Version { get; set; }

    public SipCase Case => Loaded.Case;

    /// <summary>For a page that writes a row of its own beside the case (an invitation answer) and
    /// audits its refusals and conflicts the way the case's own saves do.</summary>
    protected CaseRepository Repository => cases;

    public Individual Individual => Loaded.Individual;

    /// <summary>How the acting unit stands to the loaded case.</summary>
    public CaseRelation Relations { get; private set; }

    /// <summary>What <see cref="LoadAsync"/> loaded, with what the page's <see cref="Load"/> asked for beside.</summary>
    protected CaseWithIndividual Loaded { get; private set; } = null!;

    /// <summary>The refusal of <see cref="Operation"/> on a case the unit sees, answered as 403.</summary>
    private RuleViolation? refusal;

    /// <summary>What the page does to the case, for GET and POST alike: the form of an operation
    /// the unit may not do is not shown either.</summary>
    protected abstract CaseOperation Operation { get; }

    /// <summary>Which separately saved part of the case the page edits; its version is the one checked.</summary>
    protected virtual CasePart Part => CasePart.Case;

    /// <summary>How a GET loads the case. A page that only shows the case (no POST handler) loads
    /// it untracked; a POST always loads it tracked, whatever the page says, so a save never
    /// silently finds nothing to write.</summary>
    protected virtual CaseLoad Load => CaseLoad.ForChange;

    /// <summary>What opening this page counts as in the audit log.</summary>
    protected virtual AuditAction ReadAction => AuditAction.CaseFormOpened;

    /// <summary>Whether the acting unit may do the operation on the loaded case; pages offer only these.</summary>
    public bool May(CaseOperation operation) => CaseAccess.IsAllowed(operation, Relations);

    /// <summary>A request the page has no handler for (a POST to a read-only page) would render the
    /// page without loading the case: it answers 404 like every other refusal. A handler whose
    /// operation was refused answers 404 from <see cref="LoadAsync"/>'s false; it is made a 403 with
    /// the reason here, so no page has to tell the two apart.</summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HandlerMethod is null)
        {
            context.Result = NotFound();
            return;
        }

        var executed = await next();
        if (refusal is not null && executed.Exception is null)
        {
            HttpContext.Items[CaseRefusalNotice.Key] = new CaseRefusalNotice(Id, RuleMessages.For(refusal));
            executed.Result = StatusCode(StatusCodes.Status403Forbidden);
        }
    }

    /// <summary>Loads the case and checks the page's operation; false when the case is not
    /// visible or the operation is refused. A GET is audited as a read, a POST by the write that
    /// follows it, and a refused operation as denied, before anything is changed.</summary>
    protected async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var isRead = HttpMethods.IsGet(Request.Method) || HttpMethods.IsHead(Request.Method);
        // Taken from the request's services so that every case page keeps its constructor; the
        // check cannot be forgotten by a page, since Operation is abstract. The JSON API opens
        // cases through the same gate.
        var gate = HttpContext.RequestServices.GetRequiredService<CaseOperationGate>();
        var opened = await gate.OpenAsync(Id, Operation, isRead ? Load : CaseLoad.ForChange, isRead ? ReadAction : null, cancellationToken);
        if (opened is null)
        {
            return false;
        }

        Relations = opened.Relations;
        if (opened.Refusal is { } refused)
        {
            refusal = refused;
            return false;
        }

        Loaded = opened.Loaded;
        return true;
    }

    /// <summary>Loads for a GET, remembering the version the form is based on.</summary>
    protected async Task<bool> LoadForEditAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return false;
        }

        Version = Loaded.VersionOf(Part);
        return true;
    }

    /// <summary>Runs one transition and saves it. A refused rule or a concurrent change shows the
    /// form again with the user's text and the reasons; nothing is lost or silently overwritten.
    /// A saved change goes to the case page unless the step leads straight on (<paramref name="next"/>).</summary>
    protected async Task<IActionResult> ApplyAsync(Action<SipCase> change, string savedMessage, CancellationToken cancellationToken, string? next = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        // Input that could not be read or breaks a field's limit (a date typed as 2027-02-30, a
        // 10,000-character name) is shown with its message; the transition never sees it, so an
        // unreadable date is never saved as "no date".
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Version != Loaded.VersionOf(Part))
        {
            // The form was based on an older version: say so before any rule speaks of a phase
            // the user never saw, keep their text, and show the latest version.
            await cases.RecordConflictAsync(Case, cancellationToken);
            return await ConflictAsync(cancellationToken);
        }

        try
        {
            change(Case);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddRuleViolations(ex);
            await cases.RecordRefusalAsync(Case, ex, cancellationToken);
            return Page();
        }

        if (!await cases.TrySaveAsync(Case, Part, Version, cancellationToken))
        {
            return await ConflictAsync(cancellationToken);
        }

        TempData["Saved"] = savedMessage;
        return Redirect(next ?? $"/cases/{Id}");
    }

    private async Task<IActionResult> ConflictAsync(CancellationToken cancellationToken)
    {
        ModelState.AddModelError(string.Empty, RuleMessages.For("concurrency.conflict"));
        await LoadForEditAsync(cancellationToken);
        ModelState.Remove(nameof(Version));
        return Page();
    }
}
