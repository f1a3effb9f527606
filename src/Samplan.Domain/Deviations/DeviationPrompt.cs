using Samplan.Domain.Cases;
using Samplan.Domain.Invitations;

namespace Samplan.Domain.Deviations;

/// <summary>An invitee the convener may report a deviation about (R-DEV-1), and why.</summary>
public sealed record DeviationPrompt(Invitee Invitee, DeviationKind Kind)
{
    /// <summary>
    /// Who never answered or did not come: an invitee of the sent (not voided) invitation that has
    /// not accepted or declined once the answer-by day has passed; once the meeting is recorded, one
    /// who had not declined and was not there. Those already reported are left out.
    /// </summary>
    public static IReadOnlyList<DeviationPrompt> For(SipCase sipCase, IReadOnlyDictionary<Guid, InvitationReply> replies, IEnumerable<DeviationReport> reported, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(sipCase);
        ArgumentNullException.ThrowIfNull(replies);
        if (sipCase.CurrentInvitation is not { Voided: null } invitation)
        {
            return [];
        }

        var already = reported.Where(r => r.InvitationId == invitation.Id && r.InviteeId is not null).Select(r => r.InviteeId!.Value).ToHashSet();
        var meeting = sipCase.CurrentMeeting is { } held && held.RecordedAt >= invitation.SentAt ? held : null;
        var prompts = new List<DeviationPrompt>();
        foreach (var invitee in invitation.Invitees.Where(i => !already.Contains(i.Id)))
        {
            var answer = replies.TryGetValue(invitee.Id, out var reply) ? reply.Answer : invitee.Answer;
            var answered = answer is InvitationAnswer.Accepted or InvitationAnswer.Declined;
            if (meeting is not null)
            {
                // Once the meeting is recorded, who came is what counts: one who came unannounced is no deviation.
                if (answer != InvitationAnswer.Declined && !WasThere(meeting, invitee))
                {
                    prompts.Add(new DeviationPrompt(invitee, DeviationKind.DidNotAttend));
                }
            }
            else if (!answered && today > invitation.AnswersDueOn)
            {
                prompts.Add(new DeviationPrompt(invitee, DeviationKind.NoAnswer));
            }
        }

        return prompts;
    }

    /// <summary>A unit was there when someone present spoke for it; someone outside the system when
    /// a present participant has their name.</summary>
    private static bool WasThere(Meeting meeting, Invitee invitee) =>
        invitee.UnitId is { } unit
            ? meeting.Participants.Any(p => p.Present && p.UnitId == unit)
            : meeting.Participants.Any(p => p.Present && string.Equals(p.Name.Trim(), invitee.Name.Trim(), StringComparison.OrdinalIgnoreCase));
}
