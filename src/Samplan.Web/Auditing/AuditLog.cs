using Samplan.Data.Auditing;
using Samplan.Domain.Actors;
using Samplan.Domain.Cases;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Auditing;

/// <summary>
/// Appends audit events. An append is an INSERT of a row without position or hash, in a short
/// transaction of its own (so it never flushes the page's unsaved changes) that
/// <see cref="AuditAppender"/> shares with other appends waiting at the same moment (group
/// commit), with no lock of any kind: appends from every request and every node run side by side.
/// <see cref="AuditSealer"/> chains the rows afterwards, in insertion order.
/// </summary>
public sealed class AuditLog(AuditAppender appender, TimeProvider time, IHttpContextAccessor http, CurrentStaff staff, AnonymousAuditCollapser anonymous)
{
    public Task WriteAsync(AuditAction action, string outcome, Guid? caseId = null, Guid? individualId = null, string? detail = null, CancellationToken cancellationToken = default) =>
        AppendAsync(ForStaff(action, outcome, caseId, individualId, detail), cancellationToken);

    /// <summary>People shown by name or number in a list or search result (<paramref name="view"/>,
    /// words without personal data): one row each, so every view that showed a person appears in
    /// that person's log extract (PDL 8:5), not only the cases that were opened. Appended in one
    /// batch with the page's other events.</summary>
    public Task WritePeopleShownAsync(string view, IEnumerable<(Guid? CaseId, Guid IndividualId)> shown, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shown);
        var at = AuditChain.Truncate(time.GetUtcNow());
        var address = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        var rows = shown.Distinct().Select(s =>
        {
            var e = ForStaff(AuditAction.PersonShown, AuditOutcome.Success, s.CaseId, s.IndividualId, view);
            e.At = at;
            e.ClientAddress = address;
            return e;
        }).ToList();
        return rows.Count == 0 ? Task.CompletedTask : appender.AppendAsync(rows, cancellationToken);
    }

    /// <summary>A refused attempt on a case that exists: the organisation answering for it and its
    /// person are recorded apart, for that organisation's auditors only.</summary>
    public Task WriteRefusedAttemptAsync(Guid caseId, Guid? subjectOrganisationId, Guid? subjectIndividualId, string detail, CancellationToken cancellationToken = default)
    {
        var e = ForStaff(AuditAction.AccessRefused, AuditOutcome.Denied, caseId, null, detail);
        e.SubjectOrganisationId = subjectOrganisationId;
        e.SubjectIndividualId = subjectIndividualId;
        return AppendAsync(e, cancellationToken);
    }

    /// <summary>A successful change to a case, to be inserted in the same save as the change: the
    /// same row <see cref="WriteAsync"/> would append afterwards.</summary>
    public AuditEvent ForCase(AuditAction action, Guid caseId, Guid individualId, string? detail = null)
    {
        var e = ForStaff(action, AuditOutcome.Success, caseId, individualId, detail);
        e.At = AuditChain.Truncate(time.GetUtcNow());
        e.ClientAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        return e;
    }

    /// <summary>A transition of a case, audited with the actor that did it: the signed-in
    /// professional is the user of the row; when they recorded what the individual or a proxy did,
    /// the row says so and on whose behalf.</summary>
    public AuditEvent ForCase(AuditAction action, CaseChanged change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var e = ForCase(action, change.CaseId, change.IndividualId);
        e.ActorKind = KindOf(change.Event);
        e.OnBehalfOfIndividualId = change.Event.ActorKind == ActorKind.Professional ? null : change.Event.OnBehalfOfIndividualId;
        return e;
    }

    /// <summary>The short text <see cref="AuditEvent.ActorKind"/> holds; null for a professional.</summary>
    public static string? KindOf(CaseEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.ActorKind switch
        {
            ActorKind.Professional => null,
            ActorKind.Individual => "individual",
            ActorKind.Proxy => "proxy:" + e.ProxyRelation,
            _ => throw new ArgumentOutOfRangeException(nameof(e), e.ActorKind, "Unknown actor kind."),
        };
    }

    /// <summary>
    /// An event about a change to a case, to be inserted in the same save as the change (a change
    /// that touches several cases is audited on each). A case another organisation answers for is
    /// recorded for that organisation's auditors, with its person apart, as a refused attempt is.
    /// </summary>
    public AuditEvent ForCaseChange(AuditAction action, Guid caseId, Guid individualId, Guid caseOrganisationId, string? detail)
    {
        var own = caseOrganisationId == staff.OrganisationId;
        var e = ForStaff(action, AuditOutcome.Success, caseId, own ? individualId : null, detail);
        if (!own)
        {
            e.SubjectOrganisationId = caseOrganisationId;
            e.SubjectIndividualId = individualId;
        }

        e.At = AuditChain.Truncate(time.GetUtcNow());
        e.ClientAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        return e;
    }

    /// <summary>A successful change that concerns no case (a setting of the unit or of the user),
    /// to be inserted in the same save as the change.</summary>
    public AuditEvent ForChange(AuditAction action, string? detail = null)
    {
        var e = ForStaff(action, AuditOutcome.Success, null, null, detail);
        e.At = AuditChain.Truncate(time.GetUtcNow());
        e.ClientAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        return e;
    }

    private AuditEvent ForStaff(AuditAction action, string outcome, Guid? caseId, Guid? individualId, string? detail) =>
        new()
        {
            Code = (int)action,
            UserId = staff.UserId.Length > 0 ? staff.UserId : null,
            UserName = staff.Name.Length > 0 ? staff.Name : null,
            UnitId = staff.UnitId,
            OrganisationId = staff.OrganisationId,
            CaseId = caseId,
            IndividualId = individualId,
            Outcome = outcome,
            Detail = Shorten(detail),
        };

    /// <summary>For events before a session exists, such as a failed sign-in. Anonymous events, and
    /// refusals nobody signed in caused (a known name hammered with wrong passwords), have their
    /// repeats collapsed (<see cref="AnonymousAuditCollapser"/>).</summary>
    public Task WriteForUserAsync(AuditAction action, string outcome, string? userId, string? userName, Guid? unitId = null, Guid? organisationId = null, string? detail = null, CancellationToken cancellationToken = default) =>
        AppendAsync(new AuditEvent { Code = (int)action, UserId = userId, UserName = Shorten(userName), UnitId = unitId, OrganisationId = organisationId, Outcome = outcome, Detail = Shorten(detail) }, cancellationToken);

    private async Task AppendAsync(AuditEvent e, CancellationToken cancellationToken)
    {
        e.At = AuditChain.Truncate(time.GetUtcNow());
        e.ClientAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        var anyoneCouldCause = (e.UserId is null && e.OrganisationId is null)
            || (e.Outcome == AuditOutcome.Denied && staff.UserId.Length == 0);
        if (anyoneCouldCause && !anonymous.IsFirst(e))
        {
            return;
        }

        await appender.AppendAsync([e], cancellationToken);
    }

    /// <summary>Writes the counted repeats of minutes that are over (all of them when the node stops).</summary>
    public static async Task FlushRepeatsAsync(AuditAppender appender, AnonymousAuditCollapser anonymous, DateTimeOffset now, bool all, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appender);
        ArgumentNullException.ThrowIfNull(anonymous);
        var rows = anonymous.TakeFinished(now, all);
        if (rows.Count > 0)
        {
            await appender.AppendAsync(rows, cancellationToken);
        }
    }

    private static string? Shorten(string? text) => text is { Length: > 500 } ? text[..500] : text;
}
