using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.Invitations;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Invitations;

/// <summary>What an invited unit answers (R-CALL-4).</summary>
public enum InvitationResponse
{
    Acknowledge,
    Accept,
    Decline,
}

/// <summary>
/// An invited unit's answer to the current invitation, for the answer page and the JSON API: it
/// is taken only for the invitation and version the unit was shown (R-CALL-9), only from an
/// invitee, and saved in the unit's own row with its audit event in one save. A refusal, a changed
/// invitation and a colleague's concurrent answer are audited and reported; nothing is written then.
/// </summary>
public sealed class InvitationAnswering(CaseRepository cases, SamplanDbContext db, CurrentStaff staff, SwedishClock clock, AuditLog audit)
{
    /// <summary>The acting unit's answer row to <paramref name="invitation"/>; null when it is not invited.</summary>
    public Task<InvitationReply?> ReplyOfAsync(Invitation invitation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var unitId = staff.UnitId!.Value;
        return db.InvitationReplies.SingleOrDefaultAsync(r => r.InvitationId == invitation.Id && r.UnitId == unitId, cancellationToken);
    }

    public async Task<AnswerOutcome> AnswerAsync(SipCase sipCase, Invitation current, InvitationReply? reply, InvitationShown shown, InvitationResponse response, string? attendees, string? declineReason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sipCase);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(shown);
        if (shown.InvitationId != current.Id || shown.Sequence != current.Sequence)
        {
            // Moved, voided or sent anew since it was shown: nothing is answered that the invitee did not see.
            await cases.RecordRefusalAsync(sipCase, new DomainRuleException("R-CALL-9", "invitation.changed"), cancellationToken);
            return AnswerOutcome.Changed(current.Voided is not null ? "invitation.voided" : "invitation.changed");
        }

        try
        {
            if (reply is null)
            {
                throw new DomainRuleException("R-CALL-4", "invitation.not-invitee");
            }

            var by = staff.Ref;
            var now = clock.Now;
            switch (response)
            {
                case InvitationResponse.Acknowledge:
                    reply.Acknowledge(current, by, now);
                    break;
                case InvitationResponse.Accept:
                    reply.Accept(current, attendees, by, now);
                    break;
                case InvitationResponse.Decline:
                    reply.Decline(current, declineReason, by, now);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(response), response, "An answer without a transition.");
            }
        }
        catch (DomainRuleException ex)
        {
            await cases.RecordRefusalAsync(sipCase, ex, cancellationToken);
            return AnswerOutcome.Refused(ex);
        }

        db.AuditEvents.Add(audit.ForCase(AuditAction.InvitationAnswered, sipCase.Id, sipCase.IndividualId, reply.Answer.ToString()));
        if (!await RowSave.TrySaveAsync(db, reply, cancellationToken))
        {
            // A colleague at the same unit answered at this moment: theirs stands.
            await cases.RecordConflictAsync(sipCase, cancellationToken);
            return AnswerOutcome.Conflict;
        }

        return AnswerOutcome.Saved(reply);
    }
}

/// <summary>The invitation, and its version, that the invitee was shown when it answered.</summary>
public sealed record InvitationShown(Guid InvitationId, int Sequence);

public enum AnswerResult
{
    Saved,

    /// <summary>The invitation was moved, voided or replaced since it was shown; <see cref="AnswerOutcome.Code"/> says which.</summary>
    Changed,

    /// <summary>A rule refused the answer; <see cref="AnswerOutcome.Refusal"/> says why.</summary>
    Refused,

    /// <summary>Someone of the same unit answered at the same moment; theirs stands.</summary>
    Conflict,
}

/// <summary>How an answer went; on <see cref="AnswerResult.Saved"/> the saved row.</summary>
public sealed record AnswerOutcome(AnswerResult Result, string? Code = null, DomainRuleException? Refusal = null, InvitationReply? Reply = null)
{
    public static readonly AnswerOutcome Conflict = new(AnswerResult.Conflict, "concurrency.conflict");

    public static AnswerOutcome Saved(InvitationReply reply) => new(AnswerResult.Saved, Reply: reply);

    public static AnswerOutcome Changed(string code) => new(AnswerResult.Changed, code);

    public static AnswerOutcome Refused(DomainRuleException refusal) => new(AnswerResult.Refused, Refusal: refusal);
}
