using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Access;
using Samplan.Domain.Cases;
using Samplan.Domain.Invitations;
using Samplan.Web.Auditing;
using Samplan.Web.Authorization;
using Samplan.Web.Features.Invitations;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Api;

/// <summary>
/// The invitations the acting unit is asked to answer, and its answer (R-CALL-4), with the answer
/// page's own path: the case is opened through <see cref="CaseOperationGate"/> for
/// <see cref="CaseOperation.AnswerInvitation"/> (404 for another organisation's unit, 403 for a unit
/// that sees the case but is not invited), and the answer goes through
/// <see cref="InvitationAnswering"/>, which takes it only for the invitation and version the caller
/// names (R-CALL-9) and saves the unit's own row with its audit event.
/// </summary>
public static class InvitationApi
{
    /// <summary>A bound on the list: a unit with more open invitations than this answers from the top.</summary>
    public const int Limit = 200;

    public static RouteGroupBuilder MapInvitationApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/invitations", ListAsync)
            .WithName("GetInvitations")
            .WithSummary("The open invitations the acting unit is invited to, with its own answer")
            .WithDescription("Current, not voided invitations of cases the unit sees, soonest meeting first. Names no person. Answer one with its invitationId and sequence.")
            .Produces<InvitationsResponse>();
        api.MapPost("/cases/{id:guid}/invitation/answer", AnswerAsync)
            .WithName("AnswerInvitation")
            .WithSummary("Acknowledges, accepts or declines the case's current invitation for the acting unit (R-CALL-4)")
            .WithDescription("Taken only when invitationId and sequence are the invitation's as it is now: a moved, voided or replaced invitation is 409 (invitation.changed / invitation.voided) with the current ones. Declining needs a reason (422, invitation.decline-reason-missing).")
            .RequiresJson<AnswerRequest>()
            .Produces<InvitationItem>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    private static async Task<IResult> ListAsync(SamplanDbContext db, CurrentStaff staff, SwedishClock clock, AuditLog audit, CancellationToken cancellationToken)
    {
        var unitId = staff.UnitId!.Value;
        var rows = await (from r in db.InvitationReplies.AsNoTracking()
                          where r.UnitId == unitId
                          join c in db.Cases.Where(CaseVisibility.For(unitId, clock.Today)) on r.CaseId equals c.Id
                          where c.Phase == CasePhase.Invited
                          orderby r.InvitedAt descending
                          select new { Reply = r, c.Invitations })
            .Take(Limit)
            .ToListAsync(cancellationToken);
        // The invitations are one column of the case; only the current one is answered.
        var items = rows
            .Where(x => x.Invitations.Count > 0 && x.Invitations[^1].Id == x.Reply.InvitationId && x.Invitations[^1].Voided is null)
            .Select(x => InvitationItem.Of(x.Invitations[^1], x.Reply))
            .OrderBy(i => i.MeetingDate).ThenBy(i => i.StartTime)
            .ToList();
        // Like the inbox, of which the invitations are a part: a list that names nobody.
        await audit.WriteAsync(AuditAction.InboxViewed, AuditOutcome.Success, detail: "invitations", cancellationToken: cancellationToken);
        return TypedResults.Ok(new InvitationsResponse(items));
    }

    private static async Task<IResult> AnswerAsync(Guid id, HttpRequest request, CaseOperationGate gate, InvitationAnswering answering, CancellationToken cancellationToken)
    {
        // Opened before the body is read, so another organisation's unit gets 404 whatever it sends.
        var opened = await gate.OpenAsync(id, CaseOperation.AnswerInvitation, CaseLoad.ForChange, null, cancellationToken);
        if (opened is null || opened.Loaded.Case.CurrentInvitation is not { } current)
        {
            return ApiProblems.NotFound();
        }

        if (opened.Refusal is { } refusal)
        {
            return ApiProblems.Forbidden(refusal);
        }

        var body = await ApiBody.ReadAsync<AnswerRequest>(request, cancellationToken);
        if (body.Value is not { } input)
        {
            return body.Problem!;
        }

        var sipCase = opened.Loaded.Case;
        var reply = await answering.ReplyOfAsync(current, cancellationToken);
        var outcome = await answering.AnswerAsync(sipCase, current, reply, new InvitationShown(input.InvitationId, input.Sequence), input.Answer, input.Attendees, input.DeclineReason, cancellationToken);
        return outcome.Result switch
        {
            AnswerResult.Saved => TypedResults.Ok(InvitationItem.Of(current, outcome.Reply!)),
            AnswerResult.Changed => ApiProblems.Refused(new Domain.Common.DomainRuleException("R-CALL-9", outcome.Code!), Current(current)),
            AnswerResult.Refused => ApiProblems.Refused(outcome.Refusal!),
            AnswerResult.Conflict => ApiProblems.Refused(new Domain.Common.DomainRuleException("R-CALL-4", outcome.Code!)),
        };
    }

    /// <summary>The invitation as it is now, for a caller whose answer named an older one.</summary>
    private static Dictionary<string, object?> Current(Invitation current) => new()
    {
        ["invitationId"] = current.Id,
        ["sequence"] = current.Sequence,
        ["voided"] = current.Voided is not null,
    };
}
