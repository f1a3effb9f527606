using System.Globalization;
using Samplan.Domain.Cases;

namespace Samplan.Web.Features.Invitations;

/// <summary>How an invitation's times read on every page that shows it, so the answer page, the
/// case page and the letter never disagree.</summary>
public static class InvitationText
{
    /// <summary>"10:00–11:00", or "10:00" for an invitation sent without an end time.</summary>
    public static string Times(Invitation invitation)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var start = invitation.StartTime.ToString("HH:mm", CultureInfo.InvariantCulture);
        return invitation.EndTime is { } end ? $"{start}–{end.ToString("HH:mm", CultureInfo.InvariantCulture)}" : start;
    }
}
