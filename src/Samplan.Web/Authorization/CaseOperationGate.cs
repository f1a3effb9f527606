using Samplan.Domain.Access;
using Samplan.Domain.Common;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Authorization;

/// <summary>
/// The one path by which a case is opened for an operation, for the case pages and the JSON API
/// alike: loaded only when the acting unit sees it (null otherwise, the refusal audited, 404), then
/// the operation checked against the unit's relations to it (the refusal audited as denied with
/// its rule code, 403). A read is audited as <c>readAction</c>; a change is audited by its save.
/// </summary>
public sealed class CaseOperationGate(CaseRepository cases, CaseAuthorizer authorizer)
{
    public async Task<CaseOpening?> OpenAsync(Guid caseId, CaseOperation operation, CaseLoad load, AuditAction? readAction, CancellationToken cancellationToken = default)
    {
        var loaded = await cases.FindAsync(caseId, null, load, cancellationToken);
        if (loaded is null)
        {
            return null;
        }

        var relations = await authorizer.RelationsAsync(loaded.Case, cancellationToken);
        if (CaseAccess.Allows(operation, relations) is { } refused)
        {
            await cases.RecordAccessRefusalAsync(loaded.Case, readAction ?? AuditAction.CaseChanged, refused, cancellationToken);
            return new CaseOpening(loaded, relations, refused);
        }

        if (readAction is { } action)
        {
            await cases.RecordReadAsync(loaded.Case, action, cancellationToken);
        }

        return new CaseOpening(loaded, relations, null);
    }
}

/// <summary>A case the acting unit sees, its relations to it, and why the operation was refused
/// when it was (nothing was then shown or changed).</summary>
public sealed record CaseOpening(CaseWithIndividual Loaded, CaseRelation Relations, RuleViolation? Refusal);
