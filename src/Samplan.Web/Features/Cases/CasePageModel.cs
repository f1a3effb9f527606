using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.People;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;
using Samplan.Web.Localization;

namespace Samplan.Web.Features.Cases;

/// <summary>
/// Base of every page about one case: it loads the case only for a participating unit (404
/// otherwise), applies one domain transition, and saves with an optimistic concurrency check.
/// </summary>
public abstract class CasePageModel(CaseRepository cases) : PageModel
{
    /// <summary>The case, from the route only: a posted field named Id must not send the change
    /// to another case than the one in the address.</summary>
    [BindProperty(SupportsGet = true)]
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The version the user started from, posted back with every form.</summary>
    [BindProperty]
    public int Version { get; set; }

    public SipCase Case => Loaded.Case;

    public Individual Individual => Loaded.Individual;

    private CaseWithIndividual Loaded { get; set; } = null!;

    /// <summary>What opening this page counts as in the audit log.</summary>
    protected virtual AuditAction ReadAction => AuditAction.CaseFormOpened;

    /// <summary>A request the page has no handler for (a POST to a read-only page) would render the
    /// page without loading the case: it answers 404 like every other refusal.</summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HandlerMethod is null)
        {
            context.Result = NotFound();
            return;
        }

        await next();
    }

    /// <summary>Loads the case; a GET is audited as a read, a POST by the write that follows it.</summary>
    protected async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var isRead = HttpMethods.IsGet(Request.Method) || HttpMethods.IsHead(Request.Method);
        var loaded = await cases.FindAsync(Id, isRead ? ReadAction : null, cancellationToken);
        if (loaded is null)
        {
            return false;
        }

        Loaded = loaded;
        return true;
    }

    /// <summary>Loads for a GET, remembering the version the form is based on.</summary>
    protected async Task<bool> LoadForEditAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return false;
        }

        Version = Loaded.Version;
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

        if (Version != Loaded.Version)
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

        if (!await cases.TrySaveAsync(Case, Version, cancellationToken))
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
