using Samplan.Domain.Cases;
using Samplan.Domain.Messages;
using Samplan.Web.Auditing;
using Samplan.Web.Features.Inbox;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Api;

/// <summary>
/// The acting unit's inbox over JSON (R-INIT-3), with the pages' own logic: the list is the inbox
/// page's rows (no person) audited as <see cref="AuditAction.InboxViewed"/>; one message is found,
/// shown, read and acknowledged by <see cref="MessageActions"/>, as on the message page, and 404s
/// for a unit that may not see it.
/// </summary>
public static class InboxApi
{
    public static RouteGroupBuilder MapInboxApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/inbox", ListAsync)
            .WithName("GetInbox")
            .WithSummary("The acting unit's inbox")
            .WithDescription("What awaits the unit's acknowledgement (overdue first, then by due day), then the latest 50 others. Rows name no person: only the case's short reference.")
            .Produces<InboxResponse>();
        api.MapGet("/messages/{id:guid}", GetAsync)
            .WithName("GetMessage")
            .WithSummary("One message, as the message page shows it; the first reading marks it read for the unit")
            .WithDescription("The person and the sender's text only when the unit sees the case now, or for a discharge notice to this unit (R-DISCH-1); never for protected identity.")
            .Produces<MessageDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/messages/{id:guid}/acknowledge", AcknowledgeAsync)
            .WithName("AcknowledgeMessage")
            .WithSummary("Acknowledges a message for the acting unit (R-INIT-3)")
            .WithDescription("Send an empty object ({}) with Content-Type: application/json. 409 (message.already-acknowledged) when the unit already acknowledged it, with who did and when; 422 for a message sent for information only or not to this unit.")
            .RequiresJson()
            .Produces<OwnCopy>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    private static async Task<IResult> ListAsync(InboxQuery inbox, UnitDirectory directory, CurrentStaff staff, SwedishClock clock, AuditLog audit, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var rows = await inbox.ForUnitAsync(staff.UnitId!.Value, today, cancellationToken);
        var units = await UnitsAsync(directory, rows.Select(r => r.SenderUnitId), cancellationToken);
        await audit.WriteAsync(AuditAction.InboxViewed, AuditOutcome.Success, cancellationToken: cancellationToken);
        var items = rows.Select(r => new InboxItem(
            r.MessageId, r.CaseId, r.CaseReference, r.Kind, r.Purpose, Unit(units, r.SenderUnitId), r.SentAt, r.AcknowledgeBy,
            r.IsOverdueOn(today), r.Awaits, r.ReadAt, r.AcknowledgedAt, r.AcknowledgedBy)).ToList();
        return TypedResults.Ok(new InboxResponse(items, items.Count(i => i.AwaitsAcknowledgement), items.Count(i => i.Overdue)));
    }

    private static async Task<IResult> GetAsync(Guid id, MessageActions actions, UnitDirectory directory, SwedishClock clock, CancellationToken cancellationToken)
    {
        if (await actions.FindAsync(id, cancellationToken) is not { } opened)
        {
            return ApiProblems.NotFound();
        }

        await actions.ReadAsync(opened, cancellationToken);
        return TypedResults.Ok(await DetailAsync(opened, directory, clock.Today, cancellationToken));
    }

    private static async Task<IResult> AcknowledgeAsync(Guid id, MessageActions actions, SwedishClock clock, CancellationToken cancellationToken)
    {
        if (await actions.FindAsync(id, cancellationToken) is not { } opened)
        {
            return ApiProblems.NotFound();
        }

        if (await actions.AcknowledgeAsync(opened, cancellationToken) is { } refused)
        {
            // Who acknowledged first, read anew: after a lost race the copy in hand is not theirs.
            var now = await actions.FindAsync(id, cancellationToken);
            return now?.Own is { AcknowledgedAt: not null } own
                ? ApiProblems.Refused(refused, new Dictionary<string, object?> { ["acknowledgedAt"] = own.AcknowledgedAt, ["acknowledgedBy"] = own.AcknowledgedBy })
                : ApiProblems.Refused(refused);
        }

        return TypedResults.Ok(OwnCopy.Of(opened.Message, opened.Own!, clock.Today));
    }

    private static async Task<MessageDetail> DetailAsync(OpenedMessage opened, UnitDirectory directory, DateOnly today, CancellationToken cancellationToken)
    {
        var m = opened.Message;
        var units = await UnitsAsync(directory, m.Recipients.Select(r => r.UnitId).Append(m.SenderUnitId), cancellationToken);
        var ready = opened.Initiative?.DischargeReadyOn;
        return new MessageDetail(
            m.Id, m.CaseId, CaseReference.For(m.CaseId), m.Kind, Unit(units, m.SenderUnitId), m.SenderName, m.SentAt, m.AcknowledgeBy,
            opened.Own is { } own ? OwnCopy.Of(m, own, today) : null,
            opened.Person is { } person ? new MessagePerson(person.FullName, person.Personnummer.ToString()) : null,
            ready,
            ready?.AddDays(Deadlines.DischargeInvitationDays),
            opened.View.ShowsText ? m.Text : null,
            opened.SeesCase,
            [.. m.Recipients.Select(r => new RecipientStatus(Unit(units, r.UnitId), r.Purpose, r.ReadAt, r.AcknowledgedAt, r.AcknowledgedBy, r.AwaitsAcknowledgement && m.IsOverdueFor(r, today)))]);
    }

    private static async Task<IReadOnlyDictionary<Guid, UnitInfo>> UnitsAsync(UnitDirectory directory, IEnumerable<Guid> ids, CancellationToken cancellationToken) =>
        (await directory.ByIdsAsync(ids.Distinct(), cancellationToken)).ToDictionary(u => u.Id);

    private static ApiUnit Unit(IReadOnlyDictionary<Guid, UnitInfo> units, Guid id) =>
        units.TryGetValue(id, out var unit) ? new ApiUnit(id, unit.Label) : new ApiUnit(id, Localization.L.T("Okänd enhet", "Unknown unit"));
}
