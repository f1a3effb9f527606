using Samplan.Domain.Directory;

namespace Samplan.Domain.Cases;

/// <summary>Someone invited to the meeting, with their answer (R-CALL-4).</summary>
public sealed record Invitee(Guid Id, InviteeKind Kind, Guid? UnitId, string Name, bool ForAcknowledgement)
{
    public InvitationAnswer Answer { get; init; } = InvitationAnswer.NotAnswered;

    /// <summary>What the invited unit does, from the directory when invited: a staff office is refused.</summary>
    public UnitKind? UnitKind { get; init; }

    /// <summary>Invitees outside the system get a printed letter (R-CALL-6).</summary>
    public bool NeedsLetter => UnitId is null;
}
