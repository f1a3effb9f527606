namespace Samplan.Domain.Notices;

/// <summary>What a professional has chosen to be told about at their own address, besides what
/// goes to their unit's address. Stored as flags on the professional's account.</summary>
[Flags]
public enum NoticeChoice
{
    None = 0,

    /// <summary>Messages to acknowledge and their reminders.</summary>
    Messages = 1,

    /// <summary>Invitations, their changes and reminders to answer.</summary>
    Invitations = 2,

    /// <summary>Follow-ups due and consent about to end, for the cases the unit answers for.</summary>
    Deadlines = 4,
}
