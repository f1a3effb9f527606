namespace Samplan.Domain.Cases;

/// <summary>Closing always records why (R-END-1).</summary>
public enum CloseReason
{
    GoalsMet,
    NoLongerNeeded,
    ConsentWithdrawn,
    PersonDied,
    PersonMoved,
    ReplacedByNewSip,
    Other,
}
